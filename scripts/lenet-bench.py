#!/usr/bin/python3
"""PyTorch 1.13 (Debian's python3-torch) side of `verification bench lenet-sgd-step`: one SGD step of the simplified LeNet-5 of
LYX Sec. 6.2 (conv 6@5x5 pad 2, ReLU, 2x2 max pool, conv 16@5x5, ReLU, pool, F6 = 84 with ReLU, 10 outputs), batch 1,000,
float32, lr 0.01, no momentum, on uniform random pixels (the cost does not depend on them). Prints the median and range of
the wall time over 10 steps after 2 warm-up steps. Run through scripts/lenet-bench.sh (threads and environment as stated there).
"""
import statistics
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, padding=2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(400, 84)
        self.fc2 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.relu(self.fc1(x.flatten(1)))
        return self.fc2(x)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(20211)
    net = LeNet()
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0)
    x = torch.rand(1000, 1, 28, 28)
    y = torch.arange(1000) % 10

    def step():
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()
        opt.step()

    for _ in range(2):
        step()
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        step()
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"pytorch {torch.__version__} lenet-sgd-step threads={threads} median {statistics.median(times):.4f} s "
          f"range {times[0]:.4f}-{times[-1]:.4f} s")


if __name__ == "__main__":
    main()
