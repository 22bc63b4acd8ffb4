user = {"name": "ann", "tags": []}
print(f"{user['name'].title()} has {len(user['tags'])} tags, first={user['tags'][0]!r}")
