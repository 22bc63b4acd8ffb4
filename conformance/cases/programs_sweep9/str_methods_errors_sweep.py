calls = [
    ("abc", "center", (10, "")), ("abc", "center", (10, "xy")), ("abc", "ljust", ("5",)), ("abc", "zfill", (-3,)), ("abc", "split", (None, -1)),
    ("a,b,c", "split", (",", 0)), ("a,b,c", "rsplit", (",", 1)), ("abc", "partition", ("",)), ("abc", "rpartition", (None,)), ("abc", "strip", (1,)),
    ("abc", "count", ("a", "x")), ("abc", "find", ("a", None, None)), ("abc", "index", ("a", 1)), ("abc", "rindex", ("c", 0, 2)), ("abc", "replace", ("", "-")),
    ("abc", "replace", ("b", "X", -1)), ("abc", "replace", ("b", "X", 0)), ("abc", "startswith", (("a", 1),)), ("abc", "endswith", ((),)), ("abc", "expandtabs", (-1,)),
    ("a\tb", "expandtabs", (-1,)), ("abc", "encode", ("utf-8", 5)), ("abc", "join", ("xyz",)), ("", "join", ([],)), ("abc", "format", ()), ("{0}", "format", ()),
    ("abc", "removeprefix", (None,)), ("abc", "translate", (None,)), ("abc", "translate", ({97: 1},)), ("abc", "translate", ({97: "xx", 98: None},)), ("abc", "translate", ({97: 0x110000},)),
    ("abc", "maketrans", ("ab", "x")), ("abc", "maketrans", (1,)), ("abc", "maketrans", ({"ab": 1},)), ("abc", "splitlines", ("x",)), ("abc", "isdigit", (1,)),
    ("Abc Def", "swapcase", ()), ("hello world", "title", ()), ("x", "ljust", (3, "ab")), ("12", "zfill", (1,)), ("abc", "__getitem__", (slice(None, None, -2),)),
    ("abc", "__mul__", (-1,)), ("abc", "__mul__", (2.0,)), ("abc", "__mod__", (1,)), ("abc%s", "__mod__", ([1],)), ("%s%s", "__mod__", ((1,),)), ("%(x)s", "__mod__", ((1,),)),
    ("abc", "__contains__", (1,)), ("abc", "__add__", (1,)), ("abc", "__lt__", (1,)), ("abc", "__eq__", (1,)), ("abc", "casefold", (1,)), ("abc", "isascii", ()),
]
for recv, name, args in calls:
    try:
        r = getattr(recv, name)(*args)
        print(name, args, "->", repr(r))
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)
