import random, struct, hashlib
rng = random.Random(12345)
specs = ["", "r", ".0f", ".3f", ".17g", ".1e", "g", ".12g", "%", ",.2f", "e", ".0e", "#.0g", ".30f", "a"]
out = []
for i in range(3000):
    bits = rng.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if i % 3 == 0:
        x = rng.uniform(-1e6, 1e6)
    if i % 5 == 0:
        x = round(x, rng.randint(0, 6)) if x == x and abs(x) < 1e300 else x
    row = [repr(x), str(x)]
    for s in specs:
        if s == "r" or s == "a":
            continue
        try:
            row.append(format(x, s))
        except Exception as e:
            row.append(type(e).__name__)
    row.append("%.5g|%10.3e|%-12.4f" % (x, x, x))
    if x == x and abs(x) != float("inf"):
        row.append(str(x.as_integer_ratio()[1].bit_length()))
        row.append(str(round(x, 2)))
        row.append(str(int(x) % 1000 if abs(x) < 1e30 else 0))
    out.append(" ".join(row))
h = hashlib.sha256("\n".join(out).encode()).hexdigest()
print(h)
for line in out[:5]: print(line[:150])
