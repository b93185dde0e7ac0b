#!/usr/bin/env python3
"""Reference values for PenaltyOracleTest, computed by PyTorch autograd (create_graph=True).

A 2-5-5-1 critic with parameters p_i = 0.5 sin(0.37 i + 0.1) in WGAN Lab's flat layout (per layer:
the fan_in x fan_out weight matrix row by row, then the bias), points x_i = 1.5 (cos 0.7i, sin 1.3i),
i = 0..7. For each activation and penalty shape, writes the batch-mean penalty and its gradient with
respect to every parameter to penalty_reference.json.

usage: python3 penalty_reference.py (PyTorch 1.13) > penalty_reference.json
"""
import json
import math

import torch

torch.set_default_dtype(torch.float64)
SIZES = [2, 5, 5, 1]
ACTIVATIONS = {
    "relu": torch.relu,
    "leakyrelu": lambda z: torch.nn.functional.leaky_relu(z, 0.2),
    "tanh": torch.tanh,
    "softplus": lambda z: torch.nn.functional.softplus(2 * z + 2) / 2 - 1,
}
PENALTIES = {
    "gp": lambda n: 10 * (n - 1) ** 2,
    "gp-one-sided": lambda n: 10 * torch.clamp(n - 1, min=0) ** 2,
    "div": lambda n: 2 * n ** 6,
}

count = sum(SIZES[l] * SIZES[l + 1] + SIZES[l + 1] for l in range(len(SIZES) - 1))
flat = [0.5 * math.sin(0.37 * i + 0.1) for i in range(count)]
points = [[1.5 * math.cos(0.7 * i), 1.5 * math.sin(1.3 * i)] for i in range(8)]


def layers(params):
    out, k = [], 0
    for l in range(len(SIZES) - 1):
        n_in, n_out = SIZES[l], SIZES[l + 1]
        w = params[k:k + n_in * n_out].reshape(n_in, n_out)
        k += n_in * n_out
        b = params[k:k + n_out]
        k += n_out
        out.append((w, b))
    return out


result = {"parameters": flat, "points": points, "cases": {}}
for a_name, act in ACTIVATIONS.items():
    for p_name, phi in PENALTIES.items():
        params = torch.tensor(flat, requires_grad=True)
        x = torch.tensor(points, requires_grad=True)
        h = x
        net = layers(params)
        for i, (w, b) in enumerate(net):
            h = h @ w + b
            if i < len(net) - 1:
                h = act(h)
        g, = torch.autograd.grad(h.sum(), x, create_graph=True)
        norms = torch.sqrt((g ** 2).sum(dim=1) + 1e-12)
        penalty = phi(norms).mean()
        grad, = torch.autograd.grad(penalty, params)
        result["cases"][a_name + "/" + p_name] = {
            "value": penalty.item(), "gradient": grad.tolist()}
print(json.dumps(result, indent=1))
