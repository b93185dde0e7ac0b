#!/usr/bin/env python3
"""The Figure 1b setting of WGAN Lab's Experiments menu with the gradient penalty, in PyTorch: a
12-layer ReLU critic and generator (128 units), swiss roll, batch 64, 5 critic steps per generator
step, lambda 10, Adam 1e-4. Initialised as WGAN Lab's `reference` init (hidden layers U(+-sqrt(6 /
fan_in)), output layer U(+-sqrt(3 / fan_in)), biases 0). Prints, every LOG iterations, the held-out
Wasserstein estimate E_real[D] - E_fake[D] on 512 + 512 points, the critic loss and penalty of the
last critic step, the spread of the generated points (std of x and y) and the median ||grad_x D|| at
real-fake interpolates: to tell whether the app's negative estimate and collapsed samples in that
setting are the algorithm's or the app's.

usage: torch_deep_gp.py [--iters N] [--lr LR] [--beta1 B] [--lam L] [--depth D] [--width W]
                        [--seed S] [--log N] [--threads T]
"""
import argparse
import math

import torch
import torch.nn as nn

p = argparse.ArgumentParser()
p.add_argument("--iters", type=int, default=600)
p.add_argument("--lr", type=float, default=1e-4)
p.add_argument("--beta1", type=float, default=0.5)
p.add_argument("--lam", type=float, default=10.0)
p.add_argument("--depth", type=int, default=12)
p.add_argument("--width", type=int, default=128)
p.add_argument("--batch", type=int, default=64)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--log", type=int, default=10)
p.add_argument("--threads", type=int, default=2)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(a.seed)


def mlp(out):
    layers, n_in = [], 2
    for _ in range(a.depth):
        lin = nn.Linear(n_in, a.width)
        nn.init.uniform_(lin.weight, -math.sqrt(6 / n_in), math.sqrt(6 / n_in))
        nn.init.zeros_(lin.bias)
        layers += [lin, nn.ReLU()]
        n_in = a.width
    last = nn.Linear(n_in, out)
    nn.init.uniform_(last.weight, -math.sqrt(3 / n_in), math.sqrt(3 / n_in))
    nn.init.zeros_(last.bias)
    return nn.Sequential(*layers, last)


def swiss_roll(n):
    t = 1.5 * math.pi * (1 + 2 * torch.rand(n))
    x = torch.stack([t * torch.cos(t), t * torch.sin(t)], 1) + 0.25 * torch.randn(n, 2)
    return x / 7.5


G, D = mlp(2), mlp(1)
oD = torch.optim.Adam(D.parameters(), lr=a.lr, betas=(a.beta1, 0.9))
oG = torch.optim.Adam(G.parameters(), lr=a.lr, betas=(a.beta1, 0.9))
held_real, held_noise = swiss_roll(512), torch.randn(512, 2)


def grad_norms(x):
    x = x.detach().requires_grad_(True)
    g, = torch.autograd.grad(D(x).sum(), x, create_graph=True)
    return g.norm(2, dim=1)


def report(it, loss, pen):
    fake = G(held_noise).detach()
    w = (D(held_real).mean() - D(fake).mean()).item()
    e = torch.rand(512, 1)
    med = grad_norms(e * held_real + (1 - e) * fake).median().item()
    sx, sy = fake.std(0).tolist()
    print(f"it={it} W={w:.4f} critic_loss={loss:.4f} penalty={pen:.4f} fake_std={sx:.3f},{sy:.3f}"
          f" median_grad={med:.3f}", flush=True)


def cones():
    """With zero biases a ReLU network is positively homogeneous, f(a x) = a f(x) for a > 0: a cone
    around the origin. How far its value (critic) or direction (generator) varies around the unit
    circle says how close to one cone, the same in every direction, the network starts."""
    with torch.no_grad():
        ang = torch.linspace(0, 2 * math.pi, 361)[:-1]
        circle = torch.stack([torch.cos(ang), torch.sin(ang)], 1)
        d = D(circle).squeeze(1)
        g = G(circle)
        mean = g.mean(0)
        cos = (g @ mean) / (g.norm(dim=1) * mean.norm())
        spread = math.degrees(math.acos(min(1.0, cos.min().item())))
        print(f"init: D(0)={D(torch.zeros(1, 2)).item():.4f} D on the unit circle from"
              f" {d.min().item():.4f} to {d.max().item():.4f}; G on the unit circle: |G| from"
              f" {g.norm(dim=1).min().item():.4f} to {g.norm(dim=1).max().item():.4f}, directions"
              f" within {spread:.1f} degrees of their mean", flush=True)


loss = pen = float("nan")
cones()
report(0, loss, pen)
for it in range(1, a.iters + 1):
    for _ in range(5):
        r = swiss_roll(a.batch)
        with torch.no_grad():
            f = G(torch.randn(a.batch, 2))
        e = torch.rand(a.batch, 1)
        penalty = a.lam * ((grad_norms(e * r + (1 - e) * f) - 1) ** 2).mean()
        oD.zero_grad()
        total = D(f).mean() - D(r).mean() + penalty
        total.backward()
        oD.step()
        loss, pen = total.item(), penalty.item()
    for q in D.parameters():
        q.requires_grad_(False)
    oG.zero_grad()
    (-D(G(torch.randn(a.batch, 2))).mean()).backward()
    oG.step()
    for q in D.parameters():
        q.requires_grad_(True)
    if it % a.log == 0:
        report(it, loss, pen)
