import tomllib

doc = """# config
[server]
host = "localhost"
port = 80 80
"""
try:
    tomllib.loads(doc)
except tomllib.TOMLDecodeError as e:
    print(e)
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError))
    print(e.args)

doc2 = "a = 1\n\n\n  b = [\n  1,\n  2\n  3]\n"
try:
    tomllib.loads(doc2)
except ValueError as e:
    print(e)
