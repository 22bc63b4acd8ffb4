# A stack calculator reading tokens with match over literals, captures,
# or-patterns, and value patterns through dotted names.
import enum


class Op(enum.Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"


def run(program):
    stack = []
    for token in program.split():
        match token:
            case "dup":
                stack.append(stack[-1])
            case "swap":
                stack[-2], stack[-1] = stack[-1], stack[-2]
            case "drop" | "pop":
                stack.pop()
            case Op.ADD.value | Op.SUB.value | Op.MUL.value | Op.DIV.value as sym:
                b, a = stack.pop(), stack.pop()
                match Op(sym):
                    case Op.ADD:
                        stack.append(a + b)
                    case Op.SUB:
                        stack.append(a - b)
                    case Op.MUL:
                        stack.append(a * b)
                    case Op.DIV if b == 0:
                        raise ZeroDivisionError(f"{a} / 0 in {program!r}")
                    case Op.DIV:
                        stack.append(a / b)
            case number if number.lstrip("-").isdigit():
                stack.append(int(number))
            case other:
                raise ValueError(f"unknown token {other!r}")
    return stack


for prog in ["2 3 +", "2 3 4 * +", "5 dup *", "1 2 swap -", "7 2 /", "1 2 3 drop +", "-4 2 *"]:
    print(f"{prog:14} -> {run(prog)}")
for prog in ["1 0 /", "1 x +"]:
    try:
        run(prog)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
