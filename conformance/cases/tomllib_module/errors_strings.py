import tomllib

docs = [
    'a = "unterminated',
    'a = "multi\nline"',
    "a = 'unterminated",
    'a = """never closed',
    "a = '''never closed",
    'a = "\\q"',
    'a = "\\u12"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    'a = "\\UFFFFFFFF"',
    'a = "tab\tok" \n b = "bell\x07"',
    "a = 'ctrl\x01'",
    'a = """ok \\  x"""',
    "a = '''ok\x7f'''",
    'a = "x" # comment \x00',
]
for doc in docs:
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
