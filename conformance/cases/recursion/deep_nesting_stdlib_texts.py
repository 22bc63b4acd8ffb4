# RecursionError texts of copy.deepcopy, json.dumps and json.loads on deeply
# nested data: CPython's C encoder and scanner name the JSON container, and
# deepcopy's list and dict copiers say "while calling a Python object".
import copy
import json


def nest(n, make):
    x = 1
    for _ in range(n):
        x = make(x)
    return x


for label, make in [("list", lambda x: [x]), ("dict", lambda x: {"a": x}),
                    ("tuple", lambda x: (x,))]:
    deep = nest(50000, make)
    for name, call in [("deepcopy", lambda: copy.deepcopy(deep)),
                       ("dumps", lambda: json.dumps(deep)),
                       ("dumps sort_keys", lambda: json.dumps(deep, sort_keys=True))]:
        try:
            call()
            print(name, label, "ok")
        except RecursionError as e:
            print(name, label, e)

for text in ["[" * 50000 + "]" * 50000, '{"a":' * 50000 + "1" + "}" * 50000,
             '[{"a":' * 25000 + "1" + "}]" * 25000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("loads", text[:2], e)
print(json.loads("[" * 50 + "]" * 50) == nest(49, lambda x: [x]) or "nested ok")
