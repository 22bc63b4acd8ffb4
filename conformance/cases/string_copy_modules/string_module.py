# string constants, capwords and Template.
import string
from string import Template
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: (string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, string.whitespace))
t(lambda: string.printable)
t(lambda: string.capwords("hello   world  foo"))
t(lambda: string.capwords("a-b-c", "-"))
s = Template("$who likes ${what}, costs $$5 $who")
t(lambda: s.substitute(who="tim", what="kung pao"))
t(lambda: s.substitute({"who": "a"}, what="b"))
t(lambda: s.substitute(who="x"))
t(lambda: Template("$who and $").substitute(who=1))
t(lambda: Template("ok\n${bad name}").substitute())
t(lambda: Template("$who and $what $").safe_substitute(who=1))
t(lambda: Template("${x}y $1 $_a").safe_substitute(x=2, _a=3))
t(lambda: Template("$a $b ${a}").get_identifiers())
t(lambda: Template("$a $").is_valid())
t(lambda: Template("price: $price").substitute(price=9.5))
t(lambda: sum(c in string.punctuation for c in "Hello, World! (test)"))
