import re


class TemplateError(Exception):
    pass


def render(tpl, ctx):
    def lookup(path):
        cur = ctx
        for part in path.split("."):
            if isinstance(cur, dict) and part in cur:
                cur = cur[part]
            elif isinstance(cur, (list, tuple)) and part.isdigit() and int(part) < len(cur):
                cur = cur[int(part)]
            elif hasattr(cur, part):
                cur = getattr(cur, part)
            else:
                raise TemplateError(f"cannot resolve {path!r} at {part!r}")
        return cur

    def each(m):
        var, seq, body = m.group(1), m.group(2), m.group(3)
        return "".join(render(body, {**ctx, var: item}) for item in lookup(seq))

    tpl = re.sub(r"\{%\s*for (\w+) in ([\w.]+)\s*%\}(.*?)\{%\s*endfor\s*%\}", each, tpl, flags=re.S)

    def var(m):
        expr, _, filt = m.group(1).partition("|")
        val = lookup(expr.strip())
        filt = filt.strip()
        if filt == "upper":
            return str(val).upper()
        if filt == "title":
            return str(val).title()
        if filt:
            raise TemplateError(f"unknown filter {filt!r}")
        return str(val)

    return re.sub(r"\{\{(.*?)\}\}", var, tpl)


ctx = {"user": {"name": "ann lee", "roles": ["admin", "dev"]}, "n": 3}
print(render("Hello {{ user.name|title }} ({{ n }} msgs)", ctx))
print(render("Roles:{% for r in user.roles %} <{{ r|upper }}>{% endfor %}", ctx))
print(render("First role: {{ user.roles.0 }}; real: {{ n.real }}", ctx))
for bad in ["{{ user.email }}", "{{ n|reverse }}", "{{ user.roles.5 }}"]:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print("TemplateError", e)
