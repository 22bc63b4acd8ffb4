import shlex, json, re
from collections import OrderedDict
from textwrap import dedent

inventory = OrderedDict()
HELP = dedent("""\
    commands:
      add NAME QTY [PRICE]
      rm NAME
      ls [PATTERN]
      dump""")

def cmd_add(args):
    if len(args) not in (2, 3):
        raise ValueError("usage: add NAME QTY [PRICE]")
    name, qty = args[0], int(args[1])
    price = float(args[2]) if len(args) == 3 else 0.0
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    if len(args) == 3:
        item["price"] = price
    return f"{name}: {item['qty']} @ {item['price']:.2f}"

def cmd_rm(args):
    try:
        del inventory[args[0]]
    except KeyError:
        return f"no such item: {args[0]!r}"
    return "removed"

def cmd_ls(args):
    pat = re.compile(args[0].replace("*", ".*") + "$") if args else None
    rows = [f"{n:<12}{v['qty']:>5}{v['price']:>9.2f}" for n, v in inventory.items() if not pat or pat.match(n)]
    return "\n".join(rows) or "(empty)"

def cmd_dump(args):
    return json.dumps(inventory, indent=1)

COMMANDS = {"add": cmd_add, "rm": cmd_rm, "ls": cmd_ls, "dump": cmd_dump}
SCRIPT = '''
add apple 10 0.5
add "green pear" 3 1.25
add apple 5
add banana x
add
ls
ls a*
rm kiwi
rm apple
frobnicate now
add 'it''s' 1 2
ls
dump
help
add "unterminated 1
'''
for line in SCRIPT.strip().splitlines():
    print(">", line)
    try:
        parts = shlex.split(line)
    except ValueError as e:
        print("parse error:", e)
        continue
    if not parts:
        continue
    cmd, *args = parts
    if cmd == "help":
        print(HELP)
        continue
    fn = COMMANDS.get(cmd)
    if fn is None:
        print(f"unknown command {cmd!r}; try: {', '.join(sorted(COMMANDS))}")
        continue
    try:
        print(fn(args))
    except ValueError as e:
        print("error:", e)
print(shlex.join(["a b", "c'd", "e"]), shlex.quote(""), shlex.quote("safe-1.0"), shlex.split("a #c", comments=True), list(shlex.shlex("x=1;y", punctuation_chars=True)))
