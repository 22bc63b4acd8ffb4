import base64
try:
    base64.b64decode("ab$c", validate=True)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
