import EMCodeKit

/// Shell completion scripts, made from ``CommandLineSpec`` and the catalog.
///
/// Each completes the options, the values of the options that take a fixed set, file
/// names after `--explain`, and the documented codes (with their names where the shell
/// shows descriptions).
struct Completions {
  /// The language of the descriptions.
  let language: Language

  /// The bash script: source it, or put it in `~/.local/share/bash-completion/completions/emcode`.
  var bash: String {
    var out = "# bash completion for emcode \(EMCodeCommand.version); made by: emcode --generate complete-bash\n"
    out += "_emcode() {\n"
    out += "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
    out += "  case \"$prev\" in\n"
    for option in CommandLineSpec.options where option.valueName != nil {
      let names = spellings(option).concatenated(separator: "|")
      if option.values.isEmpty {
        out += "    \(names)) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
      } else {
        out +=
          "    \(names)) COMPREPLY=($(compgen -W \"\(option.values.concatenated(separator: " "))\" -- \"$cur\")); return ;;\n"
      }
    }
    out += "  esac\n"
    out += "  if [[ \"$cur\" == -* ]]; then\n"
    out +=
      "    COMPREPLY=($(compgen -W \"\(CommandLineSpec.options.flatMap(spellings).concatenated(separator: " "))\" -- \"$cur\"))\n"
    out += "  else\n"
    out += "    COMPREPLY=($(compgen -W \"\(codes.concatenated(separator: " "))\" -- \"$cur\"))\n"
    out += "  fi\n"
    out += "}\n"
    out += "complete -F _emcode emcode\n"
    return out
  }

  /// The zsh script: put it as `_emcode` in a folder of `$fpath`.
  var zsh: String {
    var out = "#compdef emcode\n"
    out += "# zsh completion for emcode \(EMCodeCommand.version); made by: emcode --generate complete-zsh\n\n"
    out += "_emcode_codes() {\n  local -a codes\n  codes=(\n"
    for entry in ErrorCatalog.entries {
      out += "    \(ShellQuoting.singleQuoted("\(entry.code):\(entry.name.replacing(":", with: "\\:"))"))\n"
    }
    out +=
      "  )\n  _describe -t codes '\(language == .german ? "Extension-Mobility-Code" : "Extension Mobility code")' codes\n}\n\n"
    out += "_emcode() {\n  _arguments -s -S \\\n"
    for option in CommandLineSpec.options {
      let names = spellings(option)
      let exclusion = names.count > 1 ? "(\(names.concatenated(separator: " ")))" : ""
      let description = "[\(zshDescription(option.summary(language)))]"
      var value = ""
      if let valueName = option.valueName {
        let action = option.values.isEmpty ? "_files" : "(\(option.values.concatenated(separator: " ")))"
        value = (option.isValueOptional ? "::" : ":") + valueName(language) + ":" + action
      }
      if names.count > 1 {
        out += "    \(ShellQuoting.singleQuoted(exclusion)){\(names.concatenated(separator: ","))}"
        out += "\(ShellQuoting.singleQuoted(description + value)) \\\n"
      } else {
        out += "    \(ShellQuoting.singleQuoted(names[0] + description + value)) \\\n"
      }
    }
    out += "    '*:code:_emcode_codes'\n}\n\n_emcode \"$@\"\n"
    return out
  }

  /// The fish script: put it in `~/.config/fish/completions/emcode.fish`.
  var fish: String {
    var out = "# fish completion for emcode \(EMCodeCommand.version); made by: emcode --generate complete-fish\n"
    out += "complete -c emcode -f\n"
    for option in CommandLineSpec.options {
      var line = "complete -c emcode"
      if let short = option.short { line += " -s \(short)" }
      line += " -l \(option.long)"
      if option.valueName != nil {
        let values = option.values.concatenated(separator: " ")
        line += option.values.isEmpty ? " -r -F" : " -x -a \(ShellQuoting.singleQuoted(values))"
      }
      line += " -d \(ShellQuoting.singleQuoted(firstClause(option.summary(language))))"
      out += line + "\n"
    }
    for entry in ErrorCatalog.entries {
      out += "complete -c emcode -a \(entry.code) -d \(ShellQuoting.singleQuoted(entry.name))\n"
    }
    return out
  }

  /// Every documented code, as text.
  var codes: [String] { ErrorCatalog.entries.map { String($0.code) } }

  /// `-s` and `--search`, as typed.
  func spellings(_ option: CommandLineSpec.Option) -> [String] {
    (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.long)"]
  }

  /// The summary up to its first colon or full stop, for the short descriptions of completion menus.
  func firstClause(_ summary: String) -> String {
    var out = ""
    for character in summary {
      if character == ":" || character == "." || character == "(" { break }
      out.append(character)
    }
    return Lookup.trimmed(out)
  }

  /// A description for zsh's `_arguments`, where brackets and colons need a backslash.
  func zshDescription(_ summary: String) -> String {
    var out = ""
    for character in firstClause(summary) {
      if character == "[" || character == "]" || character == ":" || character == "\\" { out += "\\" }
      out.append(character)
    }
    return out
  }
}
