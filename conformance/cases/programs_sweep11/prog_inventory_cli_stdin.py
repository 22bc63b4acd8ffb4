import sys

inventory = {}
for lineno, raw in enumerate(sys.stdin, 1):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    cmd, *args = line.split()
    try:
        if cmd == "add":
            name, qty = args[0], int(args[1])
            inventory[name] = inventory.get(name, 0) + qty
        elif cmd == "remove":
            name, qty = args[0], int(args[1])
            if inventory.get(name, 0) < qty:
                raise ValueError(f"not enough {name}: have {inventory.get(name, 0)}, want {qty}")
            inventory[name] -= qty
            if not inventory[name]:
                del inventory[name]
        elif cmd == "show":
            for k, v in sorted(inventory.items()):
                print(f"  {k:<8}{v:>4}")
        else:
            raise KeyError(cmd)
    except (ValueError, IndexError, KeyError) as e:
        print(f"line {lineno}: {type(e).__name__}: {e}")
print("final:", inventory)
