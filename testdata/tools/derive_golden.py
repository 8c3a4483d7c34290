#!/usr/bin/env python3
"""Derive the golden compiled SQL and manifest summaries for the fixture projects.

This is a small, deliberately literal re-statement of dbt-core's compile path (parse with
execute=False, config precedence, generate_*_name, ref/source/var resolution, adapter.dispatch,
ephemeral CTE injection with sqlparse). It runs on Python Jinja2 so whitespace semantics are
the real ones. It is a derivation aid, not part of the product: every rule it encodes is
cited in testdata/README.md, and the output was reviewed by hand.

Usage: python3 derive_golden.py [project_folder ...]   rewrite testdata/golden
       python3 derive_golden.py --check                fail if a golden file differs
Needs jinja2, sqlparse and pyyaml (Debian: python3-jinja2 python3-sqlparse python3-yaml).
"""
import copy
import json
import os
import sys

import jinja2
import jinja2.sandbox
import sqlparse
import yaml

from dbt_builtins import INTERNAL_MACROS, ADAPTER_MACROS

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(HERE)

APPEND_KEYS = {"tags", "pre-hook", "post-hook", "pre_hook", "post_hook"}
UPDATE_KEYS = {"meta", "column_types", "quoting", "grants", "docs"}
CONFIG_KEYS = {"materialized", "schema", "database", "alias", "tags", "enabled", "unique_key",
               "post-hook", "pre-hook", "meta", "column_types", "quoting", "persist_docs",
               "target_schema", "target_database", "strategy", "updated_at", "full_refresh",
               "on_schema_change", "docs", "grants", "contract", "incremental_strategy"}


class MacroReturn(Exception):
    def __init__(self, value):
        self.value = value


def _return(value):
    raise MacroReturn(value)


# ---------------------------------------------------------------------------------------------
# Relations (dbt-adapters base/relation.py: render, quote/include policy, create_from)

class Relation:
    def __init__(self, database, schema, identifier, quote_policy, include_policy=None,
                 quote_char='"', rtype=None):
        self.database, self.schema, self.identifier = database, schema, identifier
        self.quote_policy = dict(quote_policy)
        self.include_policy = dict(include_policy or {"database": True, "schema": True, "identifier": True})
        self.quote_char = quote_char
        self.type = rtype

    def _copy(self, **kw):
        r = copy.copy(self)
        r.quote_policy = dict(self.quote_policy)
        r.include_policy = dict(self.include_policy)
        for k, v in kw.items():
            setattr(r, k, v)
        return r

    @property
    def name(self):
        return self.identifier

    @property
    def table(self):
        return self.identifier

    def include(self, database=None, schema=None, identifier=None):
        r = self._copy()
        for k, v in (("database", database), ("schema", schema), ("identifier", identifier)):
            if v is not None:
                r.include_policy[k] = v
        return r

    def quote(self, database=None, schema=None, identifier=None):
        r = self._copy()
        for k, v in (("database", database), ("schema", schema), ("identifier", identifier)):
            if v is not None:
                r.quote_policy[k] = v
        return r

    def render(self):
        parts = []
        for key in ("database", "schema", "identifier"):
            if not self.include_policy.get(key, True):
                continue
            part = getattr(self, key)
            if part is None:
                continue
            if self.quote_policy.get(key, True):
                part = f"{self.quote_char}{part}{self.quote_char}"
            parts.append(part)
        return ".".join(parts)

    def __str__(self):
        return self.render()


ADAPTERS = {
    # type: (default quote policy, dispatch prefixes, quote char)
    "duckdb": ({"database": True, "schema": True, "identifier": True}, ["duckdb", "default"], '"'),
    "postgres": ({"database": True, "schema": True, "identifier": True}, ["postgres", "default"], '"'),
    "snowflake": ({"database": False, "schema": False, "identifier": False}, ["snowflake", "default"], '"'),
    "bigquery": ({"database": True, "schema": True, "identifier": True}, ["bigquery", "default"], "`"),
}


# ---------------------------------------------------------------------------------------------
# Project loading

def load_yaml(path):
    with open(path) as f:
        return yaml.safe_load(f) or {}


def render_value(env, value, ctx):
    """dbt renders YAML strings that contain Jinja (profiles, sources)."""
    if isinstance(value, str) and ("{{" in value or "{%" in value):
        return env.from_string(value).render(ctx)
    if isinstance(value, dict):
        return {k: render_value(env, v, ctx) for k, v in value.items()}
    if isinstance(value, list):
        return [render_value(env, v, ctx) for v in value]
    return value


def env_var(name, default=None):
    if name in os.environ:
        return os.environ[name]
    if default is not None:
        return default
    raise RuntimeError(f"Env var required but not provided: '{name}'")


class Project:
    def __init__(self, root):
        self.root = root
        self.cfg = load_yaml(os.path.join(root, "dbt_project.yml"))
        self.name = self.cfg["name"]
        self.vars = self.cfg.get("vars", {}) or {}

    def paths(self, key, default):
        return self.cfg.get(key, default)


def sql_files(base, rel_dirs):
    out = []
    for d in rel_dirs:
        full = os.path.normpath(os.path.join(base, d))
        if not os.path.isdir(full):
            continue
        for dirpath, _, files in os.walk(full, followlinks=True):
            for f in sorted(files):
                if f.endswith(".sql"):
                    p = os.path.join(dirpath, f)
                    out.append((d, os.path.relpath(p, full), p))
    return sorted(out, key=lambda t: (t[0], t[1]))


def yaml_files(base, rel_dirs):
    out = []
    for d in rel_dirs:
        full = os.path.join(base, d)
        for dirpath, _, files in os.walk(full, followlinks=True):
            for f in sorted(files):
                if f.endswith((".yml", ".yaml")):
                    out.append(os.path.join(dirpath, f))
    return sorted(out)


# ---------------------------------------------------------------------------------------------

class Node(dict):
    """A manifest node; a dict so Jinja sees node.name and node['name'] alike."""


class Manifest:
    def __init__(self, project_dir, target_name):
        self.env = jinja2.sandbox.SandboxedEnvironment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
        self.root = Project(project_dir)
        self.packages = {}
        pk_dir = os.path.join(project_dir, self.root.cfg.get("packages-install-path", "dbt_packages"))
        if os.path.isdir(pk_dir):
            for d in sorted(os.listdir(pk_dir)):
                p = Project(os.path.join(pk_dir, d))
                self.packages[p.name] = p
        self.projects = {self.root.name: self.root, **self.packages}
        self._load_target(project_dir, target_name)
        self._load_macros()
        self.nodes = {}
        self.disabled = {}
        self.sources = {}
        self._parse_all()

    # -- profile -------------------------------------------------------------------------------
    def _load_target(self, project_dir, target_name):
        profiles = load_yaml(os.path.join(project_dir, "profiles.yml"))
        prof = profiles[self.root.cfg["profile"]]
        target_name = target_name or prof["target"]
        out = render_value(self.env, prof["outputs"][target_name], {"env_var": env_var})
        t = dict(out)
        t["name"] = target_name
        t["profile_name"] = self.root.cfg["profile"]
        t.setdefault("threads", 1)
        if t["type"] == "duckdb":
            path = t.get("path", ":memory:")
            t.setdefault("database", "memory" if path == ":memory:" else os.path.splitext(os.path.basename(path))[0])
        elif t["type"] == "postgres":
            t["database"] = t.get("dbname", t.get("database"))
        elif t["type"] == "bigquery":
            t["database"] = t.get("project")
            t["schema"] = t.get("dataset", t.get("schema"))
        self.target = t
        self.adapter_type = t["type"]
        default_quote, self.prefixes, self.quote_char = ADAPTERS[self.adapter_type]
        # RuntimeConfig.quoting: adapter default policy replaced by the project's quoting config
        self.quoting = {**default_quote, **{k: v for k, v in (self.root.cfg.get("quoting") or {}).items() if k != "column"}}
        self.default_quote = default_quote

    # -- macros --------------------------------------------------------------------------------
    def _load_macros(self):
        self.macro_files = []  # (package, template)
        self.macros = {}  # package -> {name: (template, name)}
        internal = "dbt"
        self.macros[internal] = {}
        for src in [INTERNAL_MACROS, ADAPTER_MACROS.get(self.adapter_type, "")]:
            self._register(internal, src)
        for pname, proj in self.projects.items():
            self.macros.setdefault(pname, {})
            for _, _, path in sql_files(proj.root, proj.paths("macro-paths", ["macros"])):
                with open(path) as f:
                    self._register(pname, f.read())

    def _register(self, package, source):
        tmpl = self.env.from_string(source)
        for name in self._macro_names(source):
            self.macros[package][name] = tmpl

    def _macro_names(self, source):
        ast = self.env.parse(source)
        return [m.name for m in ast.find_all(jinja2.nodes.Macro)]

    # -- config --------------------------------------------------------------------------------
    @staticmethod
    def _merge(cfg, new):
        for k, v in new.items():
            k = k.lstrip("+").strip()
            if k in APPEND_KEYS:
                k = k.replace("_", "-")
                cur = cfg.get(k, [])
                cfg[k] = list(cur) + (list(v) if isinstance(v, list) else [v])
            elif k in UPDATE_KEYS and isinstance(v, dict):
                cfg[k] = {**cfg.get(k, {}), **v}
            else:
                cfg[k] = v
        return cfg

    @staticmethod
    def _levels(section, fqn):
        """Config dicts along the fqn, least specific first (fqn_search in context_config.py)."""
        out = []
        level = section
        for part in fqn:
            if not isinstance(level, dict) or part not in level:
                break
            level = level[part]
            if not isinstance(level, dict):
                break
            out.append({k: v for k, v in level.items()
                        if k.startswith("+") or (k in CONFIG_KEYS and not isinstance(v, dict)) or k in ("tags",)})
        return out

    def node_config(self, package, rtype_key, fqn, patch_cfg, call_cfg, defaults):
        cfg = dict(defaults)
        own = self.projects[package]
        for lvl in self._levels(own.cfg.get(rtype_key, {}) or {}, fqn):
            self._merge(cfg, lvl)
        if patch_cfg:
            self._merge(cfg, patch_cfg)
        self._merge(cfg, call_cfg)
        if package != self.root.name:
            for lvl in self._levels(self.root.cfg.get(rtype_key, {}) or {}, fqn):
                self._merge(cfg, lvl)
        return cfg

    # -- vars ----------------------------------------------------------------------------------
    def vars_for(self, package):
        merged = {}
        chain = []
        if package != self.root.name and package in self.packages:
            chain.append(self.packages[package])
        chain.append(self.root)
        for proj in chain:
            merged.update(proj.vars)
            scoped = proj.vars.get(package)
            if isinstance(scoped, dict):
                merged.update(scoped)
        return merged

    # -- context -------------------------------------------------------------------------------
    def relation_for(self, node):
        if node.get("resource_type") == "source":
            policy = {**self.default_quote, **self.quoting, **node["quoting"]}
        else:
            policy = {**self.default_quote, **self.quoting}
        return Relation(node["database"], node["schema"], node["identifier"] if node["resource_type"] == "source"
                        else node["alias"], policy, quote_char=self.quote_char)

    def context(self, node, execute, recorder):
        ctx = {}
        m = self
        package = node["package_name"]
        vars_ = self.vars_for(package)

        def var(name, default=None):
            if name in vars_:
                return vars_[name]
            if default is not None:
                return default
            raise RuntimeError(f"Required var '{name}' not found in config for {node['unique_id']}")

        def ref(*args, **kwargs):
            version = kwargs.get("version") or kwargs.get("v")
            if len(args) == 1:
                pkg, name = None, args[0]
            else:
                pkg, name = args
            recorder["refs"].append((pkg, name, version))
            if not execute:
                return m.relation_for(node)
            target = m.resolve_ref(pkg, name, version, package)
            if target["config"]["materialized"] == "ephemeral":
                if target["unique_id"] not in recorder["ctes"]:
                    recorder["ctes"].append(target["unique_id"])
                return Relation(None, None, "__dbt__cte__" + target["alias"], {"identifier": False},
                                quote_char=m.quote_char, rtype="cte")
            return m.relation_for(target)

        def source(source_name, table_name):
            recorder["sources"].append((source_name, table_name))
            src = m.sources.get((source_name, table_name))
            if src is None:
                raise RuntimeError(f"source {source_name}.{table_name} not found")
            return m.relation_for(src)

        def config(*args, **kwargs):
            if args and isinstance(args[0], dict):
                kwargs = {**args[0], **kwargs}
            recorder["config"].update(kwargs)
            return ""

        class ConfigObj:
            def __call__(self, *a, **kw):
                return config(*a, **kw)

            def get(self, key, default=None):
                return node["config"].get(key, default)

        class Adapter:
            def dispatch(_self, macro_name, macro_namespace=None):
                return m.dispatch(ctx, macro_name, macro_namespace, package)

            def quote(_self, identifier):
                return f"{m.quote_char}{identifier}{m.quote_char}"

            def get_relation(_self, database, schema, identifier):
                return None

        class ColumnApi:
            @staticmethod
            def translate_type(dtype):
                return {"STRING": "TEXT"}.get(dtype.upper(), dtype)

        this = m.relation_for(node)
        base = {
            "var": var, "env_var": env_var, "ref": ref, "source": source, "config": ConfigObj(),
            "return": _return, "target": dict(self.target), "project_name": self.root.name,
            "execute": execute, "this": this, "adapter": Adapter(),
            "api": {"Column": ColumnApi, "Relation": Relation},
            "is_incremental": lambda: False, "model": node, "exceptions": {},
            "log": lambda *a, **k: "", "run_started_at": None,
        }
        base["builtins"] = dict(base)
        ctx.update(base)
        # namespace precedence (MacroNamespace): node package > root package > internal
        flat = {}
        for name in self.macros["dbt"]:
            flat[name] = self._generator(ctx, "dbt", name)
        for name in self.macros[self.root.name]:
            flat[name] = self._generator(ctx, self.root.name, name)
        if package != self.root.name:
            for name in self.macros.get(package, {}):
                flat[name] = self._generator(ctx, package, name)
        ctx.update(flat)
        for pname in self.projects:
            ctx[pname] = {n: self._generator(ctx, pname, n) for n in self.macros.get(pname, {})}
        ctx["dbt"] = {n: self._generator(ctx, "dbt", n) for n in self.macros["dbt"]}
        return ctx

    def _generator(self, ctx, package, name):
        tmpl = self.macros[package][name]

        def call(*args, **kwargs):
            module = tmpl.make_module(vars=ctx)
            try:
                return getattr(module, name)(*args, **kwargs)
            except MacroReturn as r:
                return r.value

        return call

    def dispatch(self, ctx, macro_name, namespace, node_package):
        if namespace is None:
            search = [None]
        else:
            search = None
            for entry in self.root.cfg.get("dispatch", []) or []:
                if entry["macro_namespace"] == namespace:
                    search = entry["search_order"]
            if not search and (namespace in self.projects or namespace == "dbt"):
                search = [self.root.name, namespace]
        for pkg in search:
            for prefix in self.prefixes:
                cand = f"{prefix}__{macro_name}"
                if pkg is None:
                    if cand in ctx:
                        return ctx[cand]
                elif cand in self.macros.get(pkg, {}):
                    return self._generator(ctx, pkg, cand)
        raise RuntimeError(f"dispatch: no macro {macro_name} in {search}")

    def resolve_ref(self, pkg, name, version, node_package):
        cands = [n for n in self.nodes.values()
                 if n["name"] == name and n["resource_type"] in ("model", "seed", "snapshot")
                 and (pkg is None or n["package_name"] == pkg)]
        if version is not None:
            cands = [n for n in cands if str(n.get("version")) == str(version)]
        else:
            latest = [n for n in cands if n.get("version") is None or str(n.get("version")) == str(n.get("latest_version"))]
            cands = latest
        if pkg is None and len(cands) > 1:
            # the node's own package first, then the root project (ref lookup in manifest.py)
            for pref in (node_package, self.root.name):
                own = [n for n in cands if n["package_name"] == pref]
                if own:
                    cands = own
                    break
        if len(cands) != 1:
            raise RuntimeError(f"ref {pkg} {name} v={version}: {len(cands)} candidates")
        return cands[0]

    # -- parse ---------------------------------------------------------------------------------
    def _render(self, source, ctx):
        return self.env.from_string(source).render(ctx)

    def _generate(self, component, custom, node):
        name = f"generate_{component}_name"
        ctx = self.context(node, execute=False, recorder=new_recorder())
        macro = ctx[name]  # root override wins over the internal default
        value = macro(custom, node)
        return value.strip() if isinstance(value, str) else value

    def _parse_all(self):
        self._parse_sources()
        patches = self._model_patches()
        for pname, proj in self.projects.items():
            for rtype, key, default_dir in (("model", "models", "model-paths"), ("analysis", "analyses", "analysis-paths"),
                                            ("snapshot", "snapshots", "snapshot-paths"), ("seed", "seeds", "seed-paths")):
                dirs = proj.paths(default_dir, {"model-paths": ["models"], "analysis-paths": ["analyses"],
                                                "snapshot-paths": ["snapshots"], "seed-paths": ["seeds"]}[default_dir])
                if rtype == "seed":
                    files = []
                    for d in dirs:
                        full = os.path.join(proj.root, d)
                        if os.path.isdir(full):
                            for f in sorted(os.listdir(full)):
                                if f.endswith(".csv"):
                                    files.append((d, f, os.path.join(full, f)))
                else:
                    files = sql_files(proj.root, dirs)
                for d, rel, path in files:
                    self._parse_file(pname, proj, rtype, key, d, rel, path, patches)
        for n in self.nodes.values():
            n["depends_on"] = self._depends_on(n)

    def _model_patches(self):
        patches = {}
        for pname, proj in self.projects.items():
            for path in yaml_files(proj.root, proj.paths("model-paths", ["models"]) + proj.paths("seed-paths", ["seeds"])):
                doc = load_yaml(path)
                for key in ("models", "seeds", "snapshots", "analyses"):
                    for entry in doc.get(key, []) or []:
                        patches[(pname, entry["name"])] = entry
        return patches

    def _parse_sources(self):
        for pname, proj in self.projects.items():
            for path in yaml_files(proj.root, proj.paths("model-paths", ["models"])):
                doc = load_yaml(path)
                for src in doc.get("sources", []) or []:
                    for table in src.get("tables", []):
                        quoting = {**(src.get("quoting") or {}), **(table.get("quoting") or {})}
                        quoting.pop("column", None)
                        rctx = {"target": dict(self.target), "env_var": env_var,
                                "var": lambda n, d=None, _p=pname: self.vars_for(_p).get(n, d)}
                        schema = render_value(self.env, table.get("schema", src.get("schema", src["name"])), rctx)
                        database = render_value(self.env, table.get("database", src.get("database", self.target["database"])), rctx)
                        ident = render_value(self.env, table.get("identifier", table["name"]), rctx)
                        node = Node(resource_type="source", package_name=pname, name=table["name"],
                                    source_name=src["name"], database=database, schema=schema,
                                    identifier=ident, quoting=quoting,
                                    unique_id=f"source.{pname}.{src['name']}.{table['name']}")
                        self.sources[(src["name"], table["name"])] = node

    def _parse_file(self, pname, proj, rtype, key, d, rel, path, patches):
        with open(path) as f:
            raw = f.read()
        stem = os.path.splitext(os.path.basename(rel))[0]
        dirs = [p for p in os.path.dirname(rel).split(os.sep) if p]
        original = os.path.join(d, rel)
        blocks = []
        if rtype == "snapshot":
            blocks = extract_snapshots(raw)
        elif rtype == "seed":
            blocks = [(stem, None)]
        else:
            blocks = [(stem, raw)]
        for name, body in blocks:
            version = None
            latest = None
            patch = None
            # versioned model files <name>_v<version>.sql attach to the YAML `versions:` entry
            for (pp, pn), entry in patches.items():
                if pp == pname and entry.get("versions"):
                    for v in entry["versions"]:
                        if stem == f"{pn}_v{v['v']}" or v.get("defined_in") == stem:
                            version, latest, patch = v["v"], entry.get("latest_version"), entry
                            name = pn
            if patch is None:
                patch = patches.get((pname, name))
            fqn = [pname] + dirs + [name] + ([f"v{version}"] if version is not None else [])
            uid = f"{rtype}.{pname}.{name}" + (f".v{version}" if version is not None else "")
            defaults = {"materialized": {"seed": "seed", "snapshot": "snapshot"}.get(rtype, "view"),
                        "enabled": True, "tags": []}
            node = Node(resource_type=rtype, package_name=pname, name=name, unique_id=uid, fqn=fqn,
                        original_file_path=original, raw_code=body, version=version, latest_version=latest,
                        database=self.target["database"], schema=self.target["schema"], alias=name, tags=[],
                        config={})
            rec = new_recorder()
            if body is not None:
                node["config"] = self.node_config(pname, key, fqn, (patch or {}).get("config"), {}, defaults)
                ctx = self.context(node, execute=False, recorder=rec)
                self._render(body, ctx)
            cfg = self.node_config(pname, key, fqn, (patch or {}).get("config"), rec["config"], defaults)
            node["config"] = cfg
            node["tags"] = []
            for t in cfg.get("tags", []):
                if t not in node["tags"]:
                    node["tags"].append(t)
            node["refs"], node["source_refs"] = rec["refs"], rec["sources"]
            node["database"] = self._generate("database", cfg.get("database"), node)
            node["schema"] = self._generate("schema", cfg.get("schema"), node)
            node["alias"] = self._generate("alias", cfg.get("alias"), node)
            if rtype == "snapshot":
                if cfg.get("target_database"):
                    node["database"] = cfg["target_database"]
                if cfg.get("target_schema"):
                    node["schema"] = cfg["target_schema"]
            (self.nodes if cfg.get("enabled", True) else self.disabled)[uid] = node

    def _depends_on(self, node):
        deps = set()
        for pkg, name, version in node["refs"]:
            deps.add(self.resolve_ref(pkg, name, version, node["package_name"])["unique_id"])
        for s, t in node["source_refs"]:
            deps.add(self.sources[(s, t)]["unique_id"])
        return sorted(deps)

    # -- compile -------------------------------------------------------------------------------
    def compile(self, node, memo):
        if node["unique_id"] in memo:
            return memo[node["unique_id"]]
        rec = new_recorder()
        ctx = self.context(node, execute=True, recorder=rec)
        compiled = self._render(node["raw_code"], ctx)
        prepended = []  # [(id, sql)] in dbt's _recursively_prepend_ctes order
        for cte_id in rec["ctes"]:
            cte_node = self.nodes[cte_id]
            pre_injected, injected, cte_prepended = self.compile(cte_node, memo)
            for cid, csql in cte_prepended:
                if cid not in [p[0] for p in prepended]:
                    prepended.append((cid, csql))
            sql = f" __dbt__cte__{cte_node['name']} as (\n{pre_injected}\n)"
            if cte_id not in [p[0] for p in prepended]:
                prepended.append((cte_id, sql))
        injected = inject_ctes_into_sql(compiled, [s for _, s in prepended])
        memo[node["unique_id"]] = (compiled, injected, prepended)
        return memo[node["unique_id"]]


def new_recorder():
    return {"refs": [], "sources": [], "config": {}, "ctes": []}


def extract_snapshots(raw):
    """dbt's block lexer: contents between the end of `{% snapshot x %}` and `{% endsnapshot %}`."""
    import re
    out = []
    for m in re.finditer(r"{%-?\s*snapshot\s+(\w+)\s*-?%}(.*?){%-?\s*endsnapshot\s*-?%}", raw, re.S):
        out.append((m.group(1), m.group(2)))
    return out


def inject_ctes_into_sql(sql, ctes):
    """Verbatim logic of dbt-core compilation.py inject_ctes_into_sql."""
    if len(ctes) == 0:
        return sql
    parsed = sqlparse.parse(sql)[0]
    with_stmt = None
    for token in parsed.tokens:
        if token.is_keyword and token.normalized == "WITH":
            with_stmt = token
        elif token.is_keyword and token.normalized == "RECURSIVE" and with_stmt is not None:
            with_stmt = token
            break
        elif not token.is_whitespace and with_stmt is not None:
            break
    if with_stmt is None:
        first_token = parsed.token_first()
        with_token = sqlparse.sql.Token(sqlparse.tokens.Keyword, "with")
        parsed.insert_before(first_token, with_token)
        injected = ", ".join(ctes) + " "
        tok = sqlparse.sql.Token(sqlparse.tokens.Keyword, injected)
        parsed.insert_after(with_token, tok)
    else:
        injected = ", ".join(ctes)
        tok = sqlparse.sql.Token(sqlparse.tokens.Keyword, injected)
        parsed.insert_after(with_stmt, tok)
        comma = sqlparse.sql.Token(sqlparse.tokens.Punctuation, ", ")
        parsed.insert_after(tok, comma)
    return str(parsed)


def summary(manifest):
    out = {}
    for uid in sorted(manifest.nodes):
        n = manifest.nodes[uid]
        relational = n["resource_type"] in ("model", "seed", "snapshot")
        ephemeral = n["config"]["materialized"] == "ephemeral"
        out[uid] = {
            "relation_name": str(manifest.relation_for(n)) if relational and not ephemeral else None,
            "materialized": n["config"]["materialized"],
            "database": n["database"],
            "schema": n["schema"],
            "alias": n["alias"],
            "tags": n["tags"],
            "depends_on": {"nodes": n["depends_on"]},
        }
    return out


def write_golden(project_folder, target, golden_root=None):
    project_dir = os.path.join(TESTDATA, "projects", project_folder)
    m = Manifest(project_dir, target)
    out_dir = os.path.join(golden_root or os.path.join(TESTDATA, "golden"), project_folder, target)
    memo = {}
    written = []
    for uid, node in sorted(m.nodes.items()):
        if node["resource_type"] not in ("model", "analysis", "snapshot"):
            continue
        _, injected, _ = m.compile(node, memo)
        path = os.path.join(out_dir, "compiled", node["package_name"], node["original_file_path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(injected)
        written.append(os.path.relpath(path, out_dir))
    with open(os.path.join(out_dir, "manifest-summary.json"), "w") as f:
        json.dump(summary(m), f, indent=2, sort_keys=True)
        f.write("\n")
    written.append("manifest-summary.json")
    return written


TARGETS = {"jaffle_shop_duckdb": ["dev", "prod"], "analytics_multi": ["snowflake", "postgres"]}

if __name__ == "__main__":
    for var_name in list(os.environ):
        if var_name.startswith(("JAFFLE_", "SNOWFLAKE_", "POSTGRES_", "BIGQUERY_", "ANALYTICS_", "DBT_")):
            del os.environ[var_name]
    check = "--check" in sys.argv
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")] or list(TARGETS)
    import filecmp
    import tempfile
    scratch = tempfile.mkdtemp() if check else None
    failures = 0
    for folder in wanted:
        for tgt in TARGETS[folder]:
            for rel in write_golden(folder, tgt, scratch):
                if not check:
                    print(f"{folder}/{tgt}/{rel}")
                    continue
                committed = os.path.join(TESTDATA, "golden", folder, tgt, rel)
                fresh = os.path.join(scratch, folder, tgt, rel)
                same = os.path.exists(committed) and filecmp.cmp(committed, fresh, shallow=False)
                failures += 0 if same else 1
                print(("same    " if same else "DIFFERS ") + f"{folder}/{tgt}/{rel}")
    if check:
        print(f"{failures} golden files differ")
        sys.exit(1 if failures else 0)
