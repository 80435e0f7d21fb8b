#!/usr/bin/python3
"""One SGD step of the simplified LeNet-5 (LYX Sec. 6.2) computed by PyTorch, as an independent reference for the hand-written
C# network (src/Verification/Models/LeNet/). Run with Debian's python3-torch 1.13:

    /usr/bin/python3 scripts/lenet-reference.py > tests/Fixtures/LeNet/sgd-step-reference.json

Inputs: the first 8 training digits of the committed IDX fixture (tests/Fixtures/Mnist/idx), pixels byte/255 in float32.
Weights: a closed form both sides evaluate in double and round to float32, so nothing large is committed:
    parameter j (0-based, row-major) of tensor t (state-dict order) = bound_t * sin(0.37 (j + 1) + 1.1 t), bound_t = 1/sqrt(fan_in_t).
Output: the loss before the step, per tensor the sum and the sum of absolute values of the gradient and of the updated
weights (float64 sums of the float32 values), and the first 6 updated entries of each tensor.
"""
import gzip
import json
import math
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BATCH = 8
LR = 0.01


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


FAN_IN = {"conv1": 25, "conv2": 150, "fc1": 400, "fc2": 84}


def closed_form_weights(net):
    with torch.no_grad():
        for t, (name, p) in enumerate(net.state_dict().items()):
            bound = 1.0 / math.sqrt(FAN_IN[name.split(".")[0]])
            j = np.arange(p.numel(), dtype=np.float64)
            values = (bound * np.sin(0.37 * (j + 1) + 1.1 * t)).astype(np.float32)
            p.copy_(torch.from_numpy(values).reshape(p.shape))


def read_idx(name):
    with gzip.open(os.path.join(ROOT, "tests", "Fixtures", "Mnist", "idx", name)) as f:
        data = f.read()
    magic = struct.unpack(">I", data[:4])[0]
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data[4 + 4 * dims:], dtype=np.uint8).reshape(shape)


def main():
    torch.set_num_threads(1)
    images = read_idx("train-images-idx3-ubyte.gz")[:BATCH].astype(np.float32) / np.float32(255)
    labels = read_idx("train-labels-idx1-ubyte.gz")[:BATCH].astype(np.int64)
    net = LeNet()
    closed_form_weights(net)
    x = torch.from_numpy(images).reshape(BATCH, 1, 28, 28)
    y = torch.from_numpy(labels)
    initial = {n: float(p.double().sum()) for n, p in net.state_dict().items()}
    loss = F.cross_entropy(net(x), y)
    loss.backward()
    grads = {n: p.grad.detach().clone() for n, p in net.named_parameters()}
    torch.optim.SGD(net.parameters(), lr=LR, momentum=0).step()
    out = {
        "torch": torch.__version__,
        "batch": BATCH,
        "learningRate": LR,
        "labels": labels.tolist(),
        "loss": float(loss.item()),
        "tensors": [
            {
                "name": n,
                "initialSum": initial[n],
                "gradientSum": float(grads[n].double().sum()),
                "gradientAbsSum": float(grads[n].double().abs().sum()),
                "updatedSum": float(p.detach().double().sum()),
                "updatedHead": [float(v) for v in p.detach().flatten()[:6]],
            }
            for n, p in net.state_dict().items()
        ],
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
