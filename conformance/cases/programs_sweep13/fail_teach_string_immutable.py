name = "moat"
print(name.upper(), name[::-1], name.replace("m", "b"))
name[0] = "b"
