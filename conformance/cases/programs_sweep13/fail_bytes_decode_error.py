packets = [b"hello", "caf\u00e9".encode("utf-8"), "na\u00efve".encode("latin-1")]
for p in packets:
    print(p, len(p), p.decode("utf-8", errors="replace"))
for p in packets:
    print(p.decode("utf-8"))
