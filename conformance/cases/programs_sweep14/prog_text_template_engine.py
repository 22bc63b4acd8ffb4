# A tiny template engine: {{ name|filter }} substitution with a filter
# registry built by a decorator, loops via {% for %}, and error reporting
# with notes that point at the template line.
import re

FILTERS = {}


def register(name):
    def deco(fn):
        FILTERS[name] = fn
        return fn
    return deco


@register("upper")
def _upper(v):
    return str(v).upper()


@register("title")
def _title(v):
    return str(v).title()


@register("money")
def _money(v):
    return f"${v:,.2f}"


def render_expr(expr, ctx):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = ctx
    for part in name.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    for f in filters:
        value = FILTERS[f](value)
    return str(value)


def render(template, ctx):
    out = []
    for lineno, line in enumerate(template.splitlines(), 1):
        try:
            m = re.fullmatch(r"\s*\{% for (\w+) in (\w+) %\}(.*)", line)
            if m:
                var, seq, body = m.groups()
                for item in ctx[seq]:
                    out.append(re.sub(r"\{\{(.*?)\}\}", lambda mm: render_expr(mm.group(1), {**ctx, var: item}), body))
                continue
            out.append(re.sub(r"\{\{(.*?)\}\}", lambda mm: render_expr(mm.group(1), ctx), line))
        except (KeyError, AttributeError) as e:
            e.add_note(f"template line {lineno}: {line.strip()!r}")
            raise
    return "\n".join(out)


ctx = {"user": {"name": "ada lovelace"}, "items": [{"n": "tea", "p": 3.5}, {"n": "cake", "p": 1234.5}]}
tpl = "Hello {{ user.name | title }}!\n{% for it in items %}- {{ it.n | upper }}: {{ it.p | money }}\nBye"
print(render(tpl, ctx))
for bad in ["{{ user.age }}", "{{ user.name | shout }}"]:
    try:
        render(bad, ctx)
    except KeyError as e:
        print("KeyError:", e, e.__notes__)
