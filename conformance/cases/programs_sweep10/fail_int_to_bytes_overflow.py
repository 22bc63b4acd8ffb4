def pack(values, width):
    out = b""
    for v in values:
        out += v.to_bytes(width, "big", signed=True)
    return out
print(pack([1, -1, 127], 1).hex())
print(pack([128], 1))
