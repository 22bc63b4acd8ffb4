# An uncaught JSONDecodeError is named by its module, json.decoder.
import json
print(json.loads('{"ok": [1, 2]}'))
try:
    json.loads("[1, 2")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
json.loads("{'single': 'quotes'}")
