# Encoding with namereplace needs the Unicode character names, which moat's
# codecs do not carry: the handler is refused. Decoding with it is CPython's
# TypeError (an encode-only handler), not a refusal.
for text in ['\xe9', 'abc']:
    try:
        print(text.encode('ascii', 'namereplace'))
    except LookupError as e:
        print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8', 'namereplace')
except TypeError as e:
    print(type(e).__name__, e)
