// Obsidian's components listen to their own DOM elements; the fake's only react to calls on
// the component. wireComponentsToDom() patches them, for one test file, to listen the way
// Obsidian's do, so a test can type and click like a user instead of reaching into components.
import { afterAll, beforeAll, vi } from 'vitest';
import { AbstractTextComponent, ButtonComponent, DropdownComponent, Modal, ToggleComponent } from 'obsidian-test-mocks/obsidian';

export function wireComponentsToDom(): void {
	/* eslint-disable @typescript-eslint/unbound-method -- each is called back with its own `this` */
	const originals = {
		textOnChange: AbstractTextComponent.prototype.onChange,
		toggleOnChange: ToggleComponent.prototype.onChange,
		buttonOnClick: ButtonComponent.prototype.onClick,
		dropdownOnChange: DropdownComponent.prototype.onChange,
	};
	/* eslint-enable @typescript-eslint/unbound-method -- only for the originals above */

	beforeAll(() => {
		AbstractTextComponent.prototype.onChange = function (this: AbstractTextComponent<HTMLInputElement>, callback) {
			this.inputEl.addEventListener('input', () => {
				this.setValue(this.inputEl.value);
			});
			return originals.textOnChange.call(this, callback);
		};
		ToggleComponent.prototype.onChange = function (this: ToggleComponent, callback) {
			this.toggleEl.addClass('checkbox-container');
			this.toggleEl.addEventListener('click', () => this.onClick());
			return originals.toggleOnChange.call(this, callback);
		};
		ButtonComponent.prototype.onClick = function (this: ButtonComponent, callback) {
			this.buttonEl.addEventListener('click', (evt) => callback(evt));
			return originals.buttonOnClick.call(this, callback);
		};
		DropdownComponent.prototype.onChange = function (this: DropdownComponent, callback) {
			this.selectEl.addEventListener('change', () => {
				this.setValue(this.selectEl.value);
			});
			return originals.dropdownOnChange.call(this, callback);
		};
	});

	afterAll(() => {
		AbstractTextComponent.prototype.onChange = originals.textOnChange;
		ToggleComponent.prototype.onChange = originals.toggleOnChange;
		ButtonComponent.prototype.onClick = originals.buttonOnClick;
		DropdownComponent.prototype.onChange = originals.dropdownOnChange;
	});
}

/**
 * The fake's modals close themselves on the next tick and are never on the page: this
 * opens them as Obsidian does, in the document until closed. Call in a test or beforeEach
 * (vi.restoreAllMocks undoes it).
 */
export function showModalsOnPage(): void {
	vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
		document.body.appendChild(this.containerEl);
		this.onOpen();
	});
	vi.spyOn(Modal.prototype, 'close').mockImplementation(function (this: Modal) {
		this.onClose();
		this.containerEl.remove();
	});
}
