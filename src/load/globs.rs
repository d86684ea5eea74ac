//! Path globs from configuration, matched against a path as the user wrote it and as it sits under the
//! configuration file's directory.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

/// A compiled list of globs (`archive/**`, `*.draft.md`), with the directory they are relative to.
#[derive(Clone, Debug, Default)]
pub struct PathGlobs {
    set: GlobSet,
    base: Option<PathBuf>,
}

impl PathGlobs {
    /// Compiles `patterns`, relative to `base` (the configuration file's directory), or returns the first
    /// pattern that is not a glob with the reason.
    pub fn new<'p>(
        patterns: impl IntoIterator<Item = &'p str>,
        base: Option<&Path>,
    ) -> Result<Self, (String, String)> {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let glob =
                Glob::new(pattern).map_err(|e| (pattern.to_string(), e.kind().to_string()))?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|e| (String::new(), e.kind().to_string()))?;
        // Canonical once here, so that each match costs one canonicalisation of the candidate only.
        let base = base.map(|b| std::fs::canonicalize(b).unwrap_or_else(|_| b.to_path_buf()));
        Ok(PathGlobs { set, base })
    }

    /// Whether no glob was given.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// Index of every glob that matches `path`, ascending.
    pub fn matches(&self, path: &Path) -> Vec<usize> {
        if self.set.is_empty() {
            return Vec::new();
        }
        let mut hits = self.set.matches(super::display_path(path));
        if let Some(relative) = self.relative_to_base(path) {
            hits.extend(self.set.matches(relative));
        }
        hits.sort_unstable();
        hits.dedup();
        hits
    }

    /// Whether any glob matches `path`.
    pub fn is_match(&self, path: &Path) -> bool {
        !self.set.is_empty()
            && (self.set.is_match(super::display_path(path))
                || self
                    .relative_to_base(path)
                    .is_some_and(|r| self.set.is_match(r)))
    }

    fn relative_to_base(&self, path: &Path) -> Option<String> {
        let base = self.base.as_ref()?;
        let canonical = std::fs::canonicalize(path).ok()?;
        let relative = canonical.strip_prefix(base).ok()?;
        Some(super::display_path(relative))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_the_path_as_written() {
        let globs = PathGlobs::new(["archive/**", "*.draft.md"], None).unwrap();
        assert!(globs.is_match(Path::new("archive/2024/a.txt")));
        assert!(globs.is_match(Path::new("./archive/a.txt")));
        assert!(globs.is_match(Path::new("news/x.draft.md")));
        assert!(!globs.is_match(Path::new("news/archive.txt")));
        assert_eq!(globs.matches(Path::new("archive/x.draft.md")), [0, 1]);
    }

    #[test]
    fn globs_match_relative_to_the_config_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("drafts")).unwrap();
        let file = dir.path().join("drafts/a.txt");
        std::fs::write(&file, "x").unwrap();
        let globs = PathGlobs::new(["drafts/*"], Some(dir.path())).unwrap();
        assert!(globs.is_match(&file));
        let elsewhere = PathGlobs::new(["drafts/*"], None).unwrap();
        assert!(!elsewhere.is_match(&file));
    }

    #[test]
    fn bad_glob_is_named() {
        let (pattern, reason) = PathGlobs::new(["a/[b"], None).unwrap_err();
        assert_eq!(pattern, "a/[b");
        assert!(!reason.is_empty());
    }
}
