import tomllib

config = tomllib.loads("""
[app]
name = "demo"
debug = yes
""")
print(config)
