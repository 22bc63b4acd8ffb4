import hashlib
try:
    hashlib.new("nope")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
