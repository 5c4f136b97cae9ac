;;; check.el --- Byline's language server driven by Emacs lsp-mode, a second, independent LSP client  -*- lexical-binding: t; -*-

;; Run by test/emacs/run.sh:
;;   emacs --batch -l test/emacs/check.el
;; Environment: BYLINE_SERVER (the server command, e.g. "node /path/dist/server.js"), BYLINE_WORKSPACE (a folder
;; holding the fixtures ferry-strike.txt and museum-funding.txt), BYLINE_SEED (optional: a seed article).
;; Prints one line per check and a closing "N passed, N failed"; exits 1 when a check failed.

(require 'cl-lib)
(require 'subr-x)
(require 'lsp-mode)

(defvar byline-passed 0)
(defvar byline-failed 0)
(defconst byline-timeout 60 "Seconds to wait for the server before a check fails.")

(defun byline-env (name)
  (let ((value (getenv name)))
    (if (and value (not (string-empty-p value))) value nil)))

(defconst byline-workspace (file-name-as-directory (expand-file-name (byline-env "BYLINE_WORKSPACE"))))
(defconst byline-server-command (split-string (or (byline-env "BYLINE_SERVER") "byline-server --stdio")))

(setq lsp-semantic-tokens-enable t
      lsp-enable-file-watchers nil
      lsp-headerline-breadcrumb-enable nil
      lsp-modeline-code-actions-enable nil
      lsp-modeline-diagnostics-enable nil
      lsp-modeline-workspace-status-enable nil
      lsp-keep-workspace-alive nil
      lsp-enable-snippet nil
      lsp-log-io nil
      ;; never ask "restart the server?" (batch mode cannot answer): a dead server fails the checks instead
      lsp-restart 'ignore
      lsp-session-file (expand-file-name ".lsp-session" byline-workspace))

(define-derived-mode byline-article-mode text-mode "Byline"
  "Major mode for news articles analysed by the Byline language server.")
(add-to-list 'lsp-language-id-configuration '(byline-article-mode . "byline-article"))
(lsp-register-client
 (make-lsp-client :new-connection (lsp-stdio-connection (lambda () (append byline-server-command '("--stdio"))))
                  :activation-fn (lsp-activate-on "byline-article")
                  ;; the VS Code extension refreshes its views on it; Emacs asks when it needs to
                  :notification-handlers (ht ("byline/annotationsChanged" #'ignore) ("byline/indexStatus" #'ignore))
                  :server-id 'byline))
;; Avoids the interactive "import project root?" question.
(lsp-workspace-folders-add byline-workspace)

(defmacro byline-check (name &rest body)
  "Run BODY as the check NAME: it passes when BODY returns non-nil without signalling."
  (declare (indent 1))
  `(condition-case err
       (let ((result (progn ,@body)))
         (if result
             (progn (setq byline-passed (1+ byline-passed)) (message "ok     %s" ,name))
           (setq byline-failed (1+ byline-failed))
           (message "FAILED %s" ,name)))
     (error (setq byline-failed (1+ byline-failed))
            (message "FAILED %s: %s" ,name (error-message-string err)))))

(defun byline-wait (predicate)
  "Process server output until PREDICATE holds or `byline-timeout' seconds pass; return its value."
  (let ((deadline (+ (float-time) byline-timeout)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun byline-open (file)
  "Visit FILE in `byline-article-mode' with lsp and wait until the server is initialized."
  (find-file file)
  (byline-article-mode)
  (lsp)
  (or (byline-wait (lambda () (or (and (lsp-workspaces)
                                       (eq (lsp--workspace-status (car (lsp-workspaces))) 'initialized))
                                  ;; the server process died: stop waiting
                                  (and (or (null (lsp-workspaces))
                                           (not (process-live-p (lsp--workspace-proc (car (lsp-workspaces))))))
                                       (error "byline-server exited; see its stderr above")))))
      (error "byline-server did not initialize within %d s" byline-timeout)))

(defun byline-legend ()
  (let* ((caps (lsp--workspace-server-capabilities (car (lsp-workspaces))))
         (provider (gethash "semanticTokensProvider" caps)))
    (and provider (gethash "legend" provider))))

(defun byline-tokens ()
  "The buffer's semantic tokens decoded to (LINE COLUMN LENGTH TYPE), LINE and COLUMN 0-based."
  (let* ((types (gethash "tokenTypes" (byline-legend)))
         (data (append (gethash "data" (lsp-request "textDocument/semanticTokens/full"
                                                    `(:textDocument ,(lsp--text-document-identifier))))
                       nil))
         (line 0) (column 0) tokens)
    (while data
      (let ((delta-line (nth 0 data)) (delta-column (nth 1 data)))
        (setq column (if (= delta-line 0) (+ column delta-column) delta-column)
              line (+ line delta-line))
        (push (list line column (nth 2 data) (aref types (nth 3 data))) tokens)
        (setq data (nthcdr 5 data))))
    (nreverse tokens)))

(defun byline-locate (needle)
  "(LINE COLUMN) of the first NEEDLE in the buffer, 0-based (the fixtures are BMP-only, so columns are UTF-16)."
  (save-excursion
    (goto-char (point-min))
    (unless (search-forward needle nil t)
      (error "%S not found" needle))
    (goto-char (match-beginning 0))
    (list (1- (line-number-at-pos)) (- (point) (line-beginning-position)))))

(defun byline-type-at (tokens needle)
  (let ((where (byline-locate needle)))
    (nth 3 (cl-find-if (lambda (token)
                         (and (= (nth 0 token) (nth 0 where))
                              (<= (nth 1 token) (nth 1 where))
                              (< (nth 1 where) (+ (nth 1 token) (nth 2 token)))))
                       tokens))))

(defun byline-hover-at (needle)
  (save-excursion
    (goto-char (point-min))
    (search-forward needle)
    (goto-char (1+ (match-beginning 0)))
    (let ((hover (lsp-request "textDocument/hover" (lsp--text-document-position-params))))
      (and hover (lsp:markup-content-value (lsp:hover-contents hover))))))

(defun byline-diagnostics (file)
  (gethash (lsp--fix-path-casing file) (lsp-diagnostics t)))

;;; The checks

(let ((fixture (expand-file-name "ferry-strike.txt" byline-workspace)))
  (byline-check "lsp-mode starts byline-server over stdio and initializes"
    (byline-open fixture))
  (byline-check "the server advertises a semantic token legend with Byline's types"
    (let ((types (append (gethash "tokenTypes" (byline-legend)) nil)))
      (cl-every (lambda (type) (member type types)) '("quote" "speaker" "date" "boilerplate"))))
  (byline-check "lsp-semantic-tokens-mode is on for the article"
    (bound-and-true-p lsp-semantic-tokens-mode))
  (let ((tokens (condition-case err (byline-tokens)
                  (error (message "       no semantic tokens: %s" (error-message-string err)) nil))))
    (byline-check "semantic tokens: a direct quote is a quote"
      (equal (byline-type-at tokens "Nobody on these boats") "quote"))
    (byline-check "semantic tokens: the speaker's surname is a speaker"
      (equal (byline-type-at tokens "Fenwick told reporters") "speaker"))
    (byline-check "semantic tokens: a date is a date"
      (equal (byline-type-at tokens "June 12") "date"))
    (byline-check "semantic tokens: the copyright line is boilerplate"
      (equal (byline-type-at tokens "All rights reserved") "boilerplate"))
    (byline-check "semantic tokens: narration is not coloured"
      (and tokens (null (byline-type-at tokens "a dispute over night shifts")))))
  (byline-check "hover on a speaker names the speaker and counts the quotes"
    (let ((text (byline-hover-at "Fenwick told reporters")))
      (message "       hover: %s" (replace-regexp-in-string "\n+" " / " (or text "nil")))
      (and text (string-match-p "Dalia Fenwick" text) (string-match-p "quotes? in this article" text))))
  (byline-check "hover on a date gives its normalised value"
    (let ((text (byline-hover-at "June 12")))
      (and text (string-match-p "2026-06-12" text)))))

(defun byline-unclosed-on-line-p (diagnostics line)
  "Whether DIAGNOSTICS (lsp-mode's parsed list) report an unclosed quote starting on LINE (0-based)."
  (cl-some (lambda (diagnostic)
             (and (string-match-p "unclosed\\|never closed" (lsp:diagnostic-message diagnostic))
                  (= (lsp:position-line (lsp:range-start (lsp:diagnostic-range diagnostic))) line)))
           diagnostics))

(let ((fixture (expand-file-name "museum-funding.txt" byline-workspace)))
  (byline-check "diagnostics: textDocument/diagnostic reports the unclosed quote"
    (byline-open fixture)
    (let* ((report (lsp-request "textDocument/diagnostic" `(:textDocument ,(lsp--text-document-identifier))))
           (items (append (gethash "items" report) nil)))
      (dolist (item items)
        (message "       diagnostic: %s" (lsp:diagnostic-message item)))
      (byline-unclosed-on-line-p items (car (byline-locate "\"could not borrow")))))
  ;; lsp-mode 8 has no pull diagnostics: it shows only what the server publishes.
  (byline-check "diagnostics: published to lsp-mode, which has no pull diagnostics"
    (let ((byline-timeout 20))
      (byline-unclosed-on-line-p (byline-wait (lambda () (byline-diagnostics fixture)))
                                 (car (byline-locate "\"could not borrow"))))))

(let ((seed (byline-env "BYLINE_SEED")))
  (if (not seed)
      (message "skip   seed checks: ../shared/seeds is missing")
    (byline-check "a seed: semantic tokens include quotes, speakers and dates"
      (byline-open seed)
      (let ((types (mapcar (lambda (token) (nth 3 token)) (byline-tokens))))
        (message "       %d tokens" (length types))
        (and (member "quote" types) (member "speaker" types) (member "date" types))))
    (byline-check "a seed: hover on the first speaker token names a speaker"
      (let* ((token (cl-find-if (lambda (token) (equal (nth 3 token) "speaker")) (byline-tokens)))
             (hover (save-excursion
                      (goto-char (point-min))
                      (forward-line (nth 0 token))
                      (forward-char (nth 1 token))
                      (lsp-request "textDocument/hover" (lsp--text-document-position-params))))
             (text (and hover (lsp:markup-content-value (lsp:hover-contents hover)))))
        (and text (string-match-p "quotes? in this article" text))))))

;; Annotation work from Emacs: a claim tagged through the server's code action (workspace/executeCommand), found
;; in .byline/, then the corpus exported through the byline.exportCorpus command.
(let* ((fixture (expand-file-name "ferry-strike.txt" byline-workspace))
       (store (expand-file-name ".byline/annotations/ferry-strike.txt.json" byline-workspace))
       (export-root (make-temp-file "byline-emacs-export-" t))
       (destination (expand-file-name "corpus" export-root)))
  (byline-check "code action: Tag the sentence as a claim writes a ClaimTag to .byline/"
    (byline-open fixture)
    (let* ((where (byline-locate "a dispute over night shifts"))
           (position (list :line (nth 0 where) :character (nth 1 where)))
           (actions (append (lsp-request "textDocument/codeAction"
                                         `(:textDocument ,(lsp--text-document-identifier)
                                           :range (:start ,position :end ,position)
                                           :context (:diagnostics [])))
                            nil))
           (tag (cl-find-if (lambda (action) (string-prefix-p "Byline: Tag the sentence" (lsp:code-action-title action))) actions)))
      (message "       code actions: %s" (mapconcat #'lsp:code-action-title actions " | "))
      (unless tag
        (error "no Tag claim code action"))
      (lsp-execute-code-action tag)
      (let ((stored (byline-wait (lambda () (and (file-exists-p store)
                                                 (with-temp-buffer (insert-file-contents store) (buffer-string)))))))
        (message "       %s: %s" (file-relative-name store byline-workspace)
                 (and stored (replace-regexp-in-string "[ \n]+" " " (substring stored 0 (min 400 (length stored))))))
        (and stored (string-match-p "\"ClaimTag\"" stored) (string-match-p "a dispute over night shifts" stored)))))
  (byline-check "command: byline.exportCorpus writes the corpus with the claim"
    (let* ((result (let ((lsp-response-timeout 120)) ; an export outlasts lsp-mode's 10 s default on a busy machine
                     (lsp-send-execute-command "byline.exportCorpus"
                                               (vector (list :destination destination :formats ["jsonl"])))))
           (corpus (expand-file-name "corpus.jsonl" destination)))
      (message "       export: %s documents, %s claims -> %s"
               (and result (gethash "documents" result)) (and result (gethash "claims" result)) destination)
      (prog1 (and (file-exists-p corpus)
                  (with-temp-buffer
                    (insert-file-contents corpus)
                    (string-match-p "a dispute over night shifts" (buffer-string)))
                  result (>= (gethash "claims" result) 1))
        (delete-directory export-root t)))))

(dolist (workspace (lsp-workspaces))
  (lsp-workspace-shutdown workspace))
(when (> byline-failed 0)
  (dolist (buffer (buffer-list))
    (when (string-match-p "stderr" (buffer-name buffer))
      (message "---- %s (last 2000 characters)\n%s" (buffer-name buffer)
               (with-current-buffer buffer
                 (buffer-substring-no-properties (max (point-min) (- (point-max) 2000)) (point-max)))))))
(message "%d passed, %d failed" byline-passed byline-failed)
(kill-emacs (if (> byline-failed 0) 1 0))

;;; check.el ends here
