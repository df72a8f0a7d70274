#!/usr/bin/env python3
"""Writes the small synthetic datasets under tests/fixtures (deterministic: same files every run).

  hard_braking.csv     one car cruising at 20 m/s that brakes at 12 m/s² to 5 m/s, plus the ego car
  smooth_stop.jsonl    one car stopping gently at 2 m/s² (no velocities: derived from positions)
  jittery.csv          a pedestrian whose positions jump and whose label confidence flickers
  shuffled.csv         frames delivered out of order (within 2, and one 4 late) and duplicated
  bad_rows.csv/.jsonl  good rows mixed with broken ones
"""
import json
import math
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures")
BASE_NS = 1_700_000_000_000_000_000
DT = 0.1
FIELDS = ["scene_id", "track_id", "frame_index", "timestamp_ns", "x", "y", "z", "vx", "vy",
          "yaw", "label_probability", "object_type", "track_length"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def write_csv(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        f.write(",".join(FIELDS) + "\n")
        for r in rows:
            f.write(",".join(fmt(r.get(k)) for k in FIELDS) + "\n")


def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        for r in rows:
            f.write(json.dumps({k: r.get(k) for k in FIELDS}) + "\n")


def track(scene, track_id, speeds, obj="car", y=0.0, prob=0.95, with_velocity=True):
    rows, x = [], 0.0
    for i, v in enumerate(speeds):
        if i > 0:
            x += (speeds[i - 1] + v) / 2 * DT
        rows.append({
            "scene_id": scene, "track_id": track_id, "frame_index": i,
            "timestamp_ns": BASE_NS + i * 100_000_000, "x": x, "y": y, "z": 0.0,
            "vx": v if with_velocity else None, "vy": 0.0 if with_velocity else None,
            "yaw": 0.0, "label_probability": prob, "object_type": obj,
            "track_length": len(speeds),
        })
    return rows


def hard_braking():
    speeds, v = [], 20.0
    for i in range(100):
        if 30 <= i and v > 5.0:
            v = max(5.0, v - 12.0 * DT)
        speeds.append(v)
    car = track("hb", 1, speeds)
    ego = track("hb", "ego", [10.0] * 100, obj="ego", y=4.0, prob=None)
    rows = [r for pair in zip(car, ego) for r in pair]
    write_csv("hard_braking.csv", rows)


def smooth_stop():
    speeds, v = [], 15.0
    for i in range(100):
        if i >= 10:
            v = max(0.0, v - 2.0 * DT)
        speeds.append(v)
    write_jsonl("smooth_stop.jsonl", track("ss", 2, speeds, with_velocity=False))


def jittery():
    rnd = random.Random(7)
    rows = track("jt", "ped-3", [2.0] * 40, obj="pedestrian", prob=0.9)
    for i, r in enumerate(rows):
        if 10 <= i < 25:
            r["x"] += rnd.choice([-1, 1]) * rnd.uniform(1.5, 2.5)
            r["label_probability"] = 0.95 if i % 2 else 0.35
    write_csv("jittery.csv", rows)


def shuffled():
    rows = track("sh", 5, [8.0] * 20)
    order = list(range(20))
    order[3], order[4] = order[4], order[3]          # 1 late: reordered
    order[7], order[9] = order[9], order[7]          # 2 late: reordered
    late = order.pop(12)                              # frame 12 arrives after 13..16: 4 late
    order.insert(16, late)
    out = [rows[i] for i in order]
    out.insert(6, dict(rows[5]))                      # frame 5 twice
    out.append(dict(rows[19]))                        # frame 19 twice
    write_csv("shuffled.csv", out)


def bad_rows():
    good = track("bd", 9, [5.0] * 5)
    rows = list(good)
    rows.insert(2, dict(good[1], frame_index=None))
    rows.insert(4, dict(good[2], x="abc"))
    rows.insert(6, dict(good[3], label_probability=1.7))
    write_csv("bad_rows.csv", rows)
    good = track("bj", 9, [5.0] * 5)
    with open(os.path.join(OUT, "bad_rows.jsonl"), "w") as f:
        f.write(json.dumps({k: good[0].get(k) for k in FIELDS}) + "\n")
        f.write("{not json\n")
        f.write(json.dumps({k: good[1].get(k) for k in FIELDS if k != "timestamp_ns"}) + "\n")
        f.write(json.dumps({k: good[2].get(k) for k in FIELDS}) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    hard_braking()
    smooth_stop()
    jittery()
    shuffled()
    bad_rows()
