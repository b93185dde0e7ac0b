#!/usr/bin/env python3
"""Reference values for ConvPenaltyOracleTest, computed by PyTorch autograd (create_graph=True).

The image critic of WGAN Lab for 3 x 12 x 12 images with DIM 2 (convolutions 3 -> 2 -> 4 -> 8
channels, 5 x 5, stride 2, TensorFlow SAME padding: 12 -> 6 -> 3 -> 2; LeakyReLU 0.2; a linear layer
reading the last map flattened in NCHW order) with parameters p_i = 0.34 sin(0.37 i + 0.1) in WGAN
Lab's flat layout (per convolution: the out x (in * 5 * 5) kernel, then its bias; then the linear
weights and bias), and four images x[i, j] = sin(0.11 j + 0.7 i) + 0.3 cos(0.05 j i). For each penalty
shape, writes the batch-mean penalty, its gradient with respect to every parameter, the critic's
values and its input gradients to conv_penalty_reference.json.

usage: python3 conv_penalty_reference.py (PyTorch 1.13) > conv_penalty_reference.json
"""
import json
import math

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
CHANNELS, SIZE, DIM, KERNEL, STRIDE = 3, 12, 2, 5, 2
LAYERS = [(CHANNELS, DIM), (DIM, 2 * DIM), (2 * DIM, 4 * DIM)]
PENALTIES = {
    "gp": lambda n: 10 * (n - 1) ** 2,
    "gp-one-sided": lambda n: 10 * torch.clamp(n - 1, min=0) ** 2,
    "div": lambda n: 2 * n ** 6,
}


def sizes():
    out, at = [], SIZE
    for _ in LAYERS:
        out.append(at)
        at = (at + STRIDE - 1) // STRIDE
    return out, at


def same_pad(size):
    out = (size + STRIDE - 1) // STRIDE
    total = max((out - 1) * STRIDE + KERNEL - size, 0)
    return total // 2, total - total // 2


def critic(params, x):
    k = 0
    h = x.reshape(-1, CHANNELS, SIZE, SIZE)
    ins, top = sizes()
    for (c_in, c_out), size in zip(LAYERS, ins):
        w = params[k:k + c_out * c_in * KERNEL * KERNEL].reshape(c_out, c_in, KERNEL, KERNEL)
        k += w.numel()
        b = params[k:k + c_out]
        k += c_out
        before, after = same_pad(size)
        h = F.conv2d(F.pad(h, (before, after, before, after)), w, b, stride=STRIDE)
        h = F.leaky_relu(h, 0.2)
    flat = h.reshape(h.shape[0], -1)
    w = params[k:k + flat.shape[1]].reshape(-1, 1)
    k += flat.shape[1]
    b = params[k:k + 1]
    k += 1
    assert k == params.numel()
    return flat @ w + b


count = sum(o * i * KERNEL * KERNEL + o for i, o in LAYERS)
count += 4 * DIM * sizes()[1] ** 2 + 1
flat = [0.34 * math.sin(0.37 * i + 0.1) for i in range(count)]
d = CHANNELS * SIZE * SIZE
images = [[math.sin(0.11 * j + 0.7 * i) + 0.3 * math.cos(0.05 * j * i) for j in range(d)]
          for i in range(4)]

result = {"parameters": flat, "images": images, "cases": {}}
for name, phi in PENALTIES.items():
    params = torch.tensor(flat, requires_grad=True)
    x = torch.tensor(images, requires_grad=True)
    values = critic(params, x)
    g, = torch.autograd.grad(values.sum(), x, create_graph=True)
    norms = torch.sqrt((g ** 2).sum(dim=1) + 1e-12)
    penalty = phi(norms).mean()
    grad, = torch.autograd.grad(penalty, params)
    result["values"] = values.detach().reshape(-1).tolist()
    result["input_gradients"] = g.detach().tolist()
    result["cases"][name] = {"value": penalty.item(), "gradient": grad.tolist()}
print(json.dumps(result, indent=1))
