TEMPLATES = {
    "welcome": "Hi {name}, welcome to {site}!",
    "reset": "Hi {name}, your code is {code:06d}.",
    "bye": "Goodbye {name}, we'll miss you at {site}.",
}
ctx = {"name": "Ann", "site": "example.org", "code": 4217}
for key in ("welcome", "reset"):
    print(TEMPLATES[key].format(**ctx))
print(TEMPLATES["reset"].format_map({"name": "Bo", "code": 7}))
del ctx["site"]
print(TEMPLATES["bye"].format(**ctx))
