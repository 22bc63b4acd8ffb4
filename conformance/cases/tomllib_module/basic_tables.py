import tomllib

doc = """
title = "Example"

[owner]
name = "Tom"

[database]
server = "192.168.1.1"
ports = [8001, 8001, 8002]
connection_max = 5000
enabled = true

[servers.alpha]
ip = "10.0.0.1"
dc = "eqdc10"

[servers.beta]
ip = "10.0.0.2"
"""
data = tomllib.loads(doc)
print(data)
print(list(data), type(data).__name__)
print(data["servers"]["beta"]["ip"])
