# An uncaught KeyError shows the repr of the key.
config = {"host": "localhost", "port": 8080}
for key in ("host", "port"):
    print(key, config[key])
print(config["timeout"])
