# str.encode with an error handler that expands each code point
# ('namereplace' falls back to \U0010ffff, ten bytes for one character):
# 32 M characters would need 320 MB, charged before the bytes are made.
# limit: memory
text = "\U0010ffff" * (1 << 25)
print(len(text.encode("ascii", "namereplace")))
