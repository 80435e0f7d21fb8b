#!/bin/sh
# LeNet SGD step (LYX Sec. 6.2), this suite against PyTorch 1.13 side by side on this machine, both on 2 threads (the .NET
# thread pool has one worker per core; PyTorch is told 2). OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for the PyTorch
# run only (they pin OpenBLAS settings meant for other programs). The load is printed with each figure: the machine is shared.
set -e
cd "$(dirname "$0")/.."
for round in 1 2; do
  uptime
  dotnet run --project src/Verification.Cli -c Release --no-build -- bench lenet-sgd-step | head -3 | tail -1
  uptime
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 scripts/lenet-bench.py 2
done
