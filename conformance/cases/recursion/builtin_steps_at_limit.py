# How deep a recursion can go before one operation at its bottom fails:
# the recursion steps CPython 3.11 takes inside everyday operations, each
# called warm (specialized) and cold (a function's first calls, unspecialized),
# and the message at the limit.
def recurse(n, op):
    if n == 0:
        return op()
    return recurse(n - 1, op)


def deepest(op):
    for n in range(1000, 960, -1):
        try:
            recurse(n, op)
            return n
        except RecursionError:
            pass


def message(op, n):
    try:
        recurse(n + 1, op)
    except RecursionError as e:
        return str(e)


def gen():
    yield 1


class Base:
    def __init_subclass__(cls, flag=0, **kw):
        super().__init_subclass__(**kw)


def op_any(): any([1])
def op_all(): all([1])
def op_round_float(): round(1.5)
def op_round_int(): round(3)
def op_range(): range(0, 5, 2)
def op_match_mapping():
    match {"a": 1}:
        case {"a": v}: pass
def op_match_sequence():
    match [1, 2]:
        case [a, b]: pass
def op_star_unpack(): a, *b = [1, 2, 3]
def op_star_unpack_str(): a, *b = "abc"
def op_list_of_iterator(): list(iter([1, 2]))
def op_tuple_of_iterator(): tuple(iter([1, 2]))
def op_extend(): [].extend(iter([1, 2]))
def op_class_statement():
    class K:
        pass
def op_subclass_statement():
    class K(Base, flag=1):
        pass
def op_close():
    g = gen()
    next(g)
    g.close()
def op_str_format(): "{}{}".format(1, "a")
def op_split_keywords(): "a b".split(sep=" ")
def op_send():
    g = gen()
    g.send(None)


ops = [("any", op_any), ("all", op_all), ("round float", op_round_float),
       ("round int", op_round_int), ("range", op_range),
       ("match mapping", op_match_mapping), ("match sequence", op_match_sequence),
       ("star unpack", op_star_unpack), ("star unpack str", op_star_unpack_str),
       ("list(iterator)", op_list_of_iterator), ("tuple(iterator)", op_tuple_of_iterator),
       ("extend", op_extend), ("class statement", op_class_statement),
       ("subclass statement", op_subclass_statement), ("close", op_close),
       ("str.format", op_str_format), ("split keywords", op_split_keywords),
       ("send", op_send)]
for label, op in ops:
    cold = deepest(op)
    for _ in range(10):
        op()
    warm = deepest(op)
    print(f"{label}: cold {cold}, warm {warm}: {message(op, warm)}")
