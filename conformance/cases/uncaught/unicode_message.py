# Non-ASCII text in the exception message.
print("Grüße")
raise RuntimeError("naïve café ✓ — 日本")
