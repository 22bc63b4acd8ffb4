# An enum class carries private maps (_member_map_, _value2member_map_,
# _member_names_) and, in moat, the helpers its metaclass stored
# (_enum_bases_, _boundary_...). A researcher reads every underscore name
# on an Enum and a Flag and follows the callables to globals, code or the
# metaclass's namespace: the maps hold the members and values only, and
# the callables' internals stay refused (a bound classmethod's __func__ is
# reachable, as in CPython, but not its globals or code). A member's
# __objclass__ is its class, as in CPython: nothing type(member) does not
# already give.
# expect-output: Color _generate_next_value_ function
# expect-output: Color _member_map_ dict
# expect-output: Color _member_names_ list
# expect-output: Color _member_type_ type
# expect-output: Color _new_member_ builtin_function_or_method
# expect-output: Color _unhashable_values_ list
# expect-output: Color _use_args_ bool
# expect-output: Color _value2member_map_ dict
# expect-output: Color _value_repr_ NoneType
# expect-output: Perm _all_bits_ int
# expect-output: Perm _boundary_ FlagBoundary
# expect-output: Perm _flag_mask_ int
# expect-output: Perm _generate_next_value_ function
# expect-output: Perm _inverted_ NoneType
# expect-output: Perm _iter_member_ method
# expect-output:   reached __func__
# expect-output: Perm _member_map_ dict
# expect-output: Perm _member_names_ list
# expect-output: Perm _member_type_ type
# expect-output: Perm _new_member_ builtin_function_or_method
# expect-output: Perm _unhashable_values_ list
# expect-output: Perm _use_args_ bool
# expect-output: Perm _value2member_map_ dict
# expect-output: Perm _value_repr_ NoneType
# expect-output: [(1, <Color.RED: 1>), (2, <Color.GREEN: 2>)]
# expect-output: lookup planted value -> str
# expect-output: metaclass namespace -> mappingproxy
# expect-output: metaclass call globals AttributeError '__globals__' is not available in the sandbox
# expect-output: member __objclass__ -> EnumType
# expect-output: bound helper's function globals AttributeError '__globals__' is not available in the sandbox
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in (Color, Perm):
    for name in sorted(n for n in vars(cls) if n.startswith("_") and not n.startswith("__")):
        value = getattr(cls, name)
        print(cls.__name__, name, type(value).__name__)
        for inner in ("__globals__", "__func__", "__code__", "__closure__"):
            if callable(value):
                try:
                    getattr(value, inner)
                    print("  reached", inner)
                except AttributeError:
                    pass
print(sorted(Color._value2member_map_.items()))
Color._value2member_map_[3] = "not a member"
attempt("lookup planted value", lambda: Color(3))
attempt("metaclass namespace", lambda: type(Color).__dict__)
attempt("metaclass call globals", lambda: type(Color).__call__.__globals__)
attempt("member __objclass__", lambda: Color.RED.__objclass__)
attempt("bound helper's function globals", lambda: Perm._iter_member_.__func__.__globals__)
