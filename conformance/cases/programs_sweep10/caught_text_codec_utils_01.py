import base64
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
