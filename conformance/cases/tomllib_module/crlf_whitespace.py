import tomllib

doc = "a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n\t [ t ] \t# c\r\n  k\t=\t'v'  \n\n\n"
print(tomllib.loads(doc))
print(tomllib.loads(""))
print(tomllib.loads("# only a comment"))
print(tomllib.loads("\n\n   \n"))
