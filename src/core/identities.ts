// Node identities that survive editing: a tree view keys its rows (and their expansion) by id, and
// our names carry numbers that every renumber changes. An identity follows a node across versions
// of a document while it keeps its text (renumbered, moved, re-levelled), and while it keeps its
// place among its siblings (its heading text retyped).

import type { NodeKind, SpeechModel, SpeechNode } from './model';

/** What a node is, without its number: kind, family and text after the marker (and its level, for the first pass). */
function textKey(node: SpeechNode, withLevel: boolean): string {
  return `${node.kind}|${node.family ?? ''}|${withLevel ? node.level : ''}|${node.label || node.name}`;
}

/** What a node is, by position among its siblings of the same kind. */
function placeKey(parentId: string, kind: NodeKind, index: number): string {
  return `${parentId}/${kind}#${index}`;
}

/**
 * Gives every node of successive models of one document an id that stays the same across
 * versions. Call `update` with each new model (in any order of versions: it matches against the
 * last one given); `id` then answers for that model's nodes.
 */
export class NodeIdentities {
  private ids = new Map<SpeechNode, string>();
  private byId: Map<string, SpeechNode> | undefined;
  private model: SpeechModel | undefined;
  private next = 1;

  /** The id of a node of the model last given to `update`. */
  id(node: SpeechNode): string {
    const id = this.ids.get(node);
    if (id === undefined) {
      throw new Error(`node "${node.name}" is not in the current model`);
    }
    return id;
  }

  /** The node of the current model with this id. */
  node(id: string): SpeechNode | undefined {
    if (this.byId === undefined) {
      this.byId = new Map([...this.ids].map(([node, nodeId]) => [nodeId, node]));
    }
    return this.byId.get(id);
  }

  /** Assigns ids to `model`'s nodes: kept from the previous model where a node matches, new otherwise. */
  update(model: SpeechModel): void {
    if (model === this.model) {
      return;
    }
    const previous = this.model;
    const previousIds = this.ids;
    this.model = model;
    this.ids = new Map();
    this.byId = undefined;
    if (previous === undefined) {
      for (const node of model.nodes) {
        this.ids.set(node, this.fresh());
      }
      return;
    }
    // 1. Same text (at the same level first, then at any): the node was renumbered, moved or
    //    re-levelled. Matched in document order, so repeated texts pair up first with first.
    const used = new Set<string>();
    let unmatched: readonly SpeechNode[] = model.nodes;
    for (const withLevel of [true, false]) {
      const byText = new Map<string, string[]>();
      for (const node of previous.nodes) {
        const id = previousIds.get(node)!;
        if (used.has(id)) {
          continue;
        }
        const key = textKey(node, withLevel);
        const list = byText.get(key);
        if (list === undefined) {
          byText.set(key, [id]);
        } else {
          list.push(id);
        }
      }
      const left: SpeechNode[] = [];
      for (const node of unmatched) {
        const id = byText.get(textKey(node, withLevel))?.shift();
        if (id === undefined) {
          left.push(node);
        } else {
          this.ids.set(node, id);
          used.add(id);
        }
      }
      unmatched = left;
    }
    if (unmatched.length === 0) {
      return;
    }
    // 2. Same place: the same kind at the same index among the children of the same parent (its
    //    text was edited). Parents come before children in document order, so a parent's id is known.
    const byPlace = new Map<string, string>();
    const placeOf = (nodes: readonly SpeechNode[], idOf: (node: SpeechNode) => string | undefined, visit: (node: SpeechNode, key: string) => void): void => {
      const counts = new Map<string, number>();
      for (const node of nodes) {
        const parentId = node.parent === undefined ? '' : idOf(node.parent) ?? '?';
        const countKey = `${parentId}/${node.kind}`;
        const index = counts.get(countKey) ?? 0;
        counts.set(countKey, index + 1);
        visit(node, placeKey(parentId, node.kind, index));
      }
    };
    placeOf(previous.nodes, (node) => previousIds.get(node), (node, key) => {
      const id = previousIds.get(node)!;
      if (!used.has(id)) {
        byPlace.set(key, id);
      }
    });
    const waiting = new Set(unmatched);
    placeOf(model.nodes, (node) => this.ids.get(node), (node, key) => {
      if (!waiting.has(node)) {
        return;
      }
      const id = byPlace.get(key);
      if (id !== undefined && !used.has(id)) {
        used.add(id);
        this.ids.set(node, id);
      } else {
        this.ids.set(node, this.fresh());
      }
    });
  }

  private fresh(): string {
    return `s${this.next++}`;
  }
}
