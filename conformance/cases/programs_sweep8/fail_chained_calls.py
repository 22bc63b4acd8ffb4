text = "  Hello World  "
words = text.strip().lower().split(" ")
print(words)
counts = {w: len(w) for w in words}
result = counts.get("hello").bit_length() + counts.get("planet").bit_length()
