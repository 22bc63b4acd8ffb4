# A failing subscript marks the brackets with `^` and the value with `~`;
# a call that fails inside gets plain carets under the call only.
config = {"servers": [{"name": "a"}, {"name": "b"}]}


def server_name(cfg, index):
    return cfg["servers"][index]["name"]


def describe(cfg):
    names = [server_name(cfg, i) for i in range(3)]
    return ", ".join(names)


print(describe(config))
