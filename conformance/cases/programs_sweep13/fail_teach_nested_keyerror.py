config = {
    "database": {"host": "localhost", "port": 5432, "options": {"timeout": 30}},
    "cache": {"host": "localhost", "ttl": 60},
}


def describe(cfg):
    for section, values in cfg.items():
        print(f"[{section}]")
        for k, v in values.items():
            print(f"  {k} = {v}")


describe(config)
print("db timeout:", config["database"]["options"]["timeout"])
print("cache timeout:", config["cache"]["options"]["timeout"])
