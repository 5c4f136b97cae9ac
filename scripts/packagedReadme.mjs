// The README as it goes into the .vsix. VS Code's extension page follows only http(s) links, and vsce can rewrite
// relative links only against a repository URL, which package.json may not name. So a link to a file the .vsix
// does not ship (docs/*.md) becomes an absolute link under `baseUrl` when there is one, otherwise the file's name
// as code, never a dead link. Pictures ship in the .vsix (.vscodeignore) and stay relative. What only a clone can run
// (the README's opening `npm ci && npm start`) is marked `<!-- from a clone … -->` … `<!-- /from a clone -->` and
// left out: the extension's page opens with what the extension does.
export function packagedReadme(markdown, baseUrl) {
  const forTheExtension = markdown.replace(/<!-- from a clone\b[^>]*-->\n[\s\S]*?<!-- \/from a clone -->\n\n?/gu, '');
  return forTheExtension.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/gu, (link, bang, text, target) => {
    if (bang || /^(?:[a-z][a-z0-9+.-]*:|#)/iu.test(target)) {
      return link;
    }
    if (baseUrl) {
      return `[${text}](${baseUrl.replace(/\/+$/u, '')}/${target})`;
    }
    return text === target ? `\`${target}\`` : `${text} (\`${target}\`)`;
  });
}

/** A web address for the repository's files, from package.json's "repository" (GitHub-style hosts), or undefined. */
export function repositoryFilesUrl(manifest) {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!url) {
    return undefined;
  }
  const web = url.replace(/^git\+/u, '').replace(/\.git$/u, '');
  return /^https:\/\//u.test(web) ? `${web}/blob/HEAD` : undefined;
}
