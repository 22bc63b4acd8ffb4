# String formatting that re-enters itself through the script's hooks:
# format_map with a mapping whose __missing__ formats the same template
# with itself, a value whose __format__ formats itself, %-formatting with
# a mapping whose __getitem__ %-formats again, an f-string inside
# __format__, and string.Formatter.vformat with a mapping that calls
# vformat. Each chain nests native formatting calls without bound and must
# end in a catchable RecursionError; afterwards formatting still works.
# expect-output: format_map __missing__ RecursionError
# expect-output: __format__ formats itself RecursionError
# expect-output: f-string in __format__ RecursionError
# expect-output: str.format of it RecursionError
# expect-output: %-mapping reenters RecursionError
# expect-output: Formatter.vformat reenters RecursionError
# expect-output: still formatting -> ('1-2', '5', '  3')
import string


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except RecursionError:
        print(label, "RecursionError")


class Missing(dict):
    def __missing__(self, key):
        return "{x}".format_map(self)


class SelfFormat:
    def __format__(self, spec):
        return format(self, spec)


class FString:
    def __format__(self, spec):
        return f"{self:{spec}}"


class Percent(dict):
    def __getitem__(self, key):
        return "%(k)s" % self


class Reenter(dict):
    def __getitem__(self, key):
        return string.Formatter().vformat("{k}", (), self)


t("format_map __missing__", lambda: "{x}".format_map(Missing()))
t("__format__ formats itself", lambda: format(SelfFormat(), "x"))
t("f-string in __format__", lambda: f"{FString():>3}")
t("str.format of it", lambda: "{0:z}".format(SelfFormat()))
t("%-mapping reenters", lambda: "%(k)s" % Percent())
t("Formatter.vformat reenters", lambda: string.Formatter().vformat("{k}", (), Reenter()))
t("still formatting", lambda: ("{a}-{b}".format_map({"a": 1, "b": 2}), "%d" % 5, f"{3:>3}"))
