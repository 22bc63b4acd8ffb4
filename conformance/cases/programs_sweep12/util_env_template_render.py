import re

TEMPLATE = """server {
    listen {{ port | default:80 }};
    server_name {{ host | upper }};
    root {{ root | default:"/var/www" }};
{% for loc in locations %}    location {{ loc }} { proxy_pass http://backend; }
{% endfor %}    # generated for {{ owner | default:"nobody" | title }}
}"""

FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title}


def render(tpl, ctx):
    def loop(m):
        var, seq, body = m.group(1), m.group(2), m.group(3)
        return "".join(render(body, {**ctx, var: item}) for item in ctx.get(seq, []))

    tpl = re.sub(r"{%\s*for (\w+) in (\w+)\s*%}(.*?){%\s*endfor\s*%}", loop, tpl, flags=re.S)

    def sub(m):
        name, *filters = [p.strip() for p in m.group(1).split("|")]
        value = ctx.get(name)
        for f in filters:
            fname, _, arg = f.partition(":")
            if fname == "default":
                if value is None:
                    value = arg.strip('"')
            else:
                value = FILTERS[fname](str(value))
        return str(value)

    return re.sub(r"{{(.*?)}}", sub, tpl)


print(render(TEMPLATE, {"host": "example.com", "locations": ["/api", "/static"], "port": 8080}))
print(render(TEMPLATE, {"host": "x.io", "owner": "ann lee"}))
print(render("{{ a }}-{{ b | lower }}", {"a": 1, "b": "MiXeD"}))
