config = {"host": "localhost", "port": 8080, "debug": True}
for key, value in config.items():
    print(f"{key}={value}")
for key, value in config:
    print(key, value)
