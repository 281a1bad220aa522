import * as vscode from 'vscode';
import { innermostNodeOnLine, isSection, speechStats, type SpeechModel, type SpeechNode } from '../core';
import { symbolKind } from './documentSymbols';
import { dropOnto } from '../commands/restructure';
import type { DocumentIdentities, SectionRef } from '../vscode/identities';
import { lengthLabel } from '../vscode/length';
import { guarded, log } from '../vscode/log';
import type { SpeechModelCache } from '../vscode/modelCache';
import { readSettings, speechLanguages } from '../vscode/settings';

export const STRUCTURE_VIEW = 'speechOutline.structure';
/** The tree's own drag and drop type (the view id in lower case). */
const TREE_MIME = 'application/vnd.code.tree.speechoutline.structure';
export const EXPAND_COMMANDS = [1, 2, 3, 4].map((level) => `speechOutline.structure.expandToLevel${level}`);
const GO_TO_COMMAND = '_speechOutline.structure.goTo';
/** Internal, for the tests: the view's rows through its provider, and a drop through its controller. */
export const ITEMS_COMMAND = '_speechOutline.structure.items';
export const DROP_COMMAND = '_speechOutline.structure.drop';

/** A row: the node's identity in its document (stable across versions); commands take it as their argument. */
type StructureElement = SectionRef;

/** The codicon of each symbol kind, so rows look like the Outline view's. */
const ICONS: Partial<Record<vscode.SymbolKind, string>> = {
  [vscode.SymbolKind.File]: 'symbol-file',
  [vscode.SymbolKind.Key]: 'symbol-key',
  [vscode.SymbolKind.String]: 'symbol-string',
  [vscode.SymbolKind.Struct]: 'symbol-struct',
  [vscode.SymbolKind.Module]: 'symbol-module',
  [vscode.SymbolKind.Class]: 'symbol-class',
  [vscode.SymbolKind.Method]: 'symbol-method',
  [vscode.SymbolKind.Field]: 'symbol-field',
  [vscode.SymbolKind.Event]: 'symbol-event',
  [vscode.SymbolKind.EnumMember]: 'symbol-enum-member',
  [vscode.SymbolKind.Number]: 'symbol-numeric',
  [vscode.SymbolKind.TypeParameter]: 'symbol-type-parameter',
};

/** One row as the tests read it. */
export interface StructureRow {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly depth: number;
  readonly line: number;
  readonly icon: string;
  readonly contextValue: string;
  readonly collapsible: boolean;
  /** Selected in the view (the section under the cursor when the view follows it). */
  readonly selected: boolean;
}

/** The structure view: the active speech draft's sections, with drag and drop to restructure. */
class StructureProvider implements vscode.TreeDataProvider<StructureElement>, vscode.TreeDragAndDropController<StructureElement> {
  readonly dragMimeTypes = [TREE_MIME];
  readonly dropMimeTypes = [TREE_MIME];
  private readonly changed = new vscode.EventEmitter<StructureElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly elements = new Map<string, StructureElement>();
  document: vscode.TextDocument | undefined;

  constructor(private readonly models: SpeechModelCache, private readonly identities: DocumentIdentities) {}

  /** The model of the shown document (or another), with identities assigned. */
  model(document = this.document): SpeechModel | undefined {
    if (document === undefined || document.isClosed) {
      return undefined;
    }
    return this.identities.current(document).model;
  }

  /** Forgets the rows of a closed document. */
  forget(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    for (const key of [...this.elements.keys()]) {
      if (key.startsWith(`${uri}#`)) {
        this.elements.delete(key);
      }
    }
  }

  show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /**
   * The row of a node: one object per identity, kept across refreshes (VS Code registers rows by
   * id and refuses a second object with a registered id).
   */
  element(node: SpeechNode): StructureElement {
    const uri = this.document!.uri.toString();
    const id = this.identities.current(this.document!).identities.id(node);
    const key = `${uri}#${id}`;
    let element = this.elements.get(key);
    if (element === undefined) {
      element = { uri, id };
      this.elements.set(key, element);
    }
    return element;
  }

  node(element: StructureElement): SpeechNode | undefined {
    if (this.document === undefined || this.document.isClosed || element.uri !== this.document.uri.toString()) {
      return undefined;
    }
    return this.identities.current(this.document).identities.node(element.id);
  }

  getChildren(element?: StructureElement): StructureElement[] {
    const document = this.document;
    if (document === undefined) {
      return [];
    }
    return guarded('structure view', document, [], () => {
      const model = this.model();
      if (model === undefined) {
        return [];
      }
      const nodes = element === undefined ? model.roots : this.node(element)?.children ?? [];
      return nodes.map((node) => this.element(node));
    });
  }

  getParent(element: StructureElement): StructureElement | undefined {
    const parent = this.node(element)?.parent;
    return parent === undefined ? undefined : this.element(parent);
  }

  getTreeItem(element: StructureElement): vscode.TreeItem {
    const node = this.node(element);
    const model = this.model();
    if (node === undefined || model === undefined || this.document === undefined) {
      return new vscode.TreeItem('');
    }
    // Headings open at first, unless the draft is too large to show whole (the Outline view's cap).
    const settings = readSettings(this.document);
    const open = node.kind === 'heading' && model.nodes.length <= settings.maxOutlineNodes;
    const item = new vscode.TreeItem(node.name || node.marker, node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    // Unique across documents, stable across versions of one: the view keeps each row's expansion.
    item.id = `${element.uri}#${element.id}`;
    item.iconPath = new vscode.ThemeIcon(ICONS[symbolKind(node)] ?? 'symbol-misc');
    // Sections have a length; the title, date line and salutation have none (as in the Outline view).
    if (isSection(node)) {
      item.description = lengthLabel(speechStats(model).of(node), settings);
    }
    item.tooltip = item.description === undefined ? node.name : `${node.name}\n${item.description}`;
    item.contextValue = node.kind === 'heading' || node.kind === 'point' ? node.kind : 'fixed';
    item.command = { command: GO_TO_COMMAND, title: vscode.l10n.t('Go to Section'), arguments: [element] };
    return item;
  }

  handleDrag(source: readonly StructureElement[], dataTransfer: vscode.DataTransfer): void {
    dataTransfer.set(TREE_MIME, new vscode.DataTransferItem(source.map((element) => element.id)));
  }

  /** A drop on a row puts the section right before it, as its sibling; on empty space, after the last top-level section. */
  async handleDrop(target: StructureElement | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const ids = dataTransfer.get(TREE_MIME)?.value as string[] | undefined;
    const document = this.document;
    if (ids === undefined || ids.length !== 1 || document === undefined) {
      return;
    }
    await dropOnto(this.models, this.identities, { uri: document.uri.toString(), id: ids[0] }, target);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Depth below the roots. */
function depthOf(node: SpeechNode): number {
  let depth = 0;
  for (let parent = node.parent; parent; parent = parent.parent) {
    depth++;
  }
  return depth;
}

export function registerStructureView(models: SpeechModelCache, identities: DocumentIdentities): vscode.Disposable {
  const provider = new StructureProvider(models, identities);
  const view = vscode.window.createTreeView(STRUCTURE_VIEW, { treeDataProvider: provider, dragAndDropController: provider, showCollapseAll: true });
  const isSpeech = (document: vscode.TextDocument | undefined): boolean => document !== undefined && speechLanguages().includes(document.languageId);
  const follow = (editor: vscode.TextEditor | undefined): void => {
    // Focus in a panel (no editor, or the Output view's) leaves the draft shown while it is visible.
    const shown = provider.document;
    if ((editor === undefined || editor.document.uri.scheme === 'output') && shown !== undefined &&
      vscode.window.visibleTextEditors.some((visible) => visible.document === shown)) {
      return;
    }
    const document = isSpeech(editor?.document) ? editor!.document : undefined;
    if (document !== provider.document) {
      provider.show(document);
      void vscode.commands.executeCommand('setContext', 'speechOutline.structureHasDraft', document !== undefined);
    }
  };
  let revealTimer: ReturnType<typeof setTimeout> | undefined;

  /** Highlights the row of the section at the cursor, without taking the focus or opening a hidden view. */
  const revealCursor = (editor: vscode.TextEditor | undefined): void => {
    if (!view.visible || editor === undefined || editor.document !== provider.document) {
      return;
    }
    const model = provider.model();
    if (model === undefined) {
      return;
    }
    const innermost = innermostNodeOnLine(model, editor.selection.active.line);
    if (innermost !== undefined) {
      const element = provider.element(innermost);
      // A reveal that meets the tree while it is being rebuilt fails; once more a moment later.
      view.reveal(element, { select: true, focus: false }).then(undefined, () => {
        setTimeout(() => {
          if (view.visible) {
            view.reveal(element, { select: true, focus: false }).then(undefined, (error: unknown) => log().debug(`revealing a section: ${String(error)}`));
          }
        }, 300);
      });
    }
  };

  /** Expands every row above `level` (1: only the top-level rows show). */
  const expandToLevel = async (level: number): Promise<void> => {
    await vscode.commands.executeCommand(`workbench.actions.treeView.${STRUCTURE_VIEW}.collapseAll`);
    const model = provider.model();
    if (model === undefined || !view.visible) {
      return;
    }
    for (const node of model.nodes) {
      if (node.children.length > 0 && depthOf(node) < level - 1) {
        await view.reveal(provider.element(node), { expand: true, select: false, focus: false });
      }
    }
  };

  follow(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    view,
    provider,
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      follow(editor);
      revealCursor(editor);
    }),
    // After typing pauses: the model cache's one debounce.
    models.onDidChangeModel(({ document }) => {
      if (document === provider.document) {
        provider.refresh();
        revealCursor(vscode.window.activeTextEditor);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => provider.forget(document)),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      clearTimeout(revealTimer);
      revealTimer = setTimeout(() => revealCursor(event.textEditor), 100);
    }),
    view.onDidChangeVisibility((event) => {
      if (event.visible) {
        // Once the view has asked for its rows.
        clearTimeout(revealTimer);
        revealTimer = setTimeout(() => revealCursor(vscode.window.activeTextEditor), 200);
      }
    }),
    ...EXPAND_COMMANDS.map((id, index) => vscode.commands.registerCommand(id, () => expandToLevel(index + 1))),
    vscode.commands.registerCommand(GO_TO_COMMAND, async (element: StructureElement) => {
      const row = identities.resolve(element);
      if (row === undefined) {
        return;
      }
      const { line, character } = row.model.lines.positionAt(row.node.start);
      const editor = await vscode.window.showTextDocument(row.document, { preserveFocus: false });
      const position = new vscode.Position(line, character);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    { dispose: () => clearTimeout(revealTimer) },
    vscode.commands.registerCommand(ITEMS_COMMAND, (): StructureRow[] => {
      const rows: StructureRow[] = [];
      const walk = (elements: StructureElement[], depth: number): void => {
        for (const element of elements) {
          const item = provider.getTreeItem(element);
          const node = provider.node(element)!;
          rows.push({
            id: element.id, label: String(item.label), description: String(item.description ?? ''), depth, line: node.line,
            icon: (item.iconPath as vscode.ThemeIcon).id, contextValue: item.contextValue ?? '',
            collapsible: item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
            selected: view.selection.includes(element),
          });
          walk(provider.getChildren(element), depth + 1);
        }
      };
      follow(vscode.window.activeTextEditor);
      walk(provider.getChildren(), 0);
      return rows;
    }),
    // Drops the row whose section starts on `sourceLine` onto the row on `targetLine` (undefined: empty space), through the controller.
    vscode.commands.registerCommand(DROP_COMMAND, async (sourceLine: number, targetLine: number | undefined) => {
      const model = provider.model();
      if (model === undefined) {
        return false;
      }
      const byLine = (line: number): StructureElement | undefined => {
        const node = model.nodes.find((candidate) => candidate.line === line);
        return node && provider.element(node);
      };
      const source = byLine(sourceLine);
      if (source === undefined) {
        return false;
      }
      const version = provider.document!.version;
      const transfer = new vscode.DataTransfer();
      provider.handleDrag([source], transfer);
      await provider.handleDrop(targetLine === undefined ? undefined : byLine(targetLine), transfer);
      return provider.document!.version !== version;
    }),
  );
}
