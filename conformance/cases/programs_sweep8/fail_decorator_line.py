def register(kind):
    def deco(fn):
        REGISTRY[kind] = fn
        return fn
    return deco
@register("a")
def handler():
    pass
