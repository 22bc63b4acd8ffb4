def group_by_tags(posts):
    groups = {}
    for p in posts:
        groups.setdefault(p["tags"], []).append(p["title"])
    return groups


posts = [{"title": "a", "tags": ("py",)}, {"title": "b", "tags": ("py",)}]
print(group_by_tags(posts))
posts.append({"title": "c", "tags": ["rust", "py"]})
print(group_by_tags(posts))
