payloads = [b"plain ascii", "caf\u00e9".encode("utf-8"), "na\u00efve".encode("latin-1")]
for p in payloads[:2]:
    print(p, "->", p.decode("utf-8"))
print(payloads[2].decode("utf-8", errors="replace"))
print(payloads[2].decode("latin-1"))
print([p.decode() for p in payloads])
